package io.kiln.web.api.session;

public record StartSessionRequest(String runtimeId, String profileId, String name, Integer idleTimeoutMinutes) {}
