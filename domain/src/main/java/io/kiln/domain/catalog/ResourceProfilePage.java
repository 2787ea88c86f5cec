package io.kiln.domain.catalog;

import java.util.List;

public record ResourceProfilePage(List<ResourceProfileView> items, String nextPageToken) {}
