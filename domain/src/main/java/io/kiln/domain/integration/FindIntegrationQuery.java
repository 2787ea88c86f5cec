package io.kiln.domain.integration;

/** The integration registered under a name, revoked or not. */
public record FindIntegrationQuery(String name) {}
