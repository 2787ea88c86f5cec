package io.kiln.domain.integration;

public record ListIntegrationsQuery(int pageSize, String pageToken) {}
