package io.kiln.web.api.integration;

import java.util.List;

/** The scope of an integration: projects and event types it may read, commands it may send ({@code ["*"]}: all). */
public record IntegrationRequest(List<String> projectIds, List<String> eventTypes, List<String> commandTypes) {}
