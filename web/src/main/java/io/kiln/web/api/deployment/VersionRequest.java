package io.kiln.web.api.deployment;

public record VersionRequest(Integer modelVersion) {}
