package io.kiln.web.api.application;

import java.util.Map;

public record CreateApplicationRequest(String name, String subdomain, String script, String runtimeId,
                                       String profileId, Map<String, String> environment) {}
