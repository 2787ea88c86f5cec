package io.kiln.domain.integration;

import java.util.List;

public record IntegrationPage(List<IntegrationView> items, String nextPageToken) {}
