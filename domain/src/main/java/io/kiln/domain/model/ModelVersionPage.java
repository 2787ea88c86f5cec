package io.kiln.domain.model;

import java.util.List;

public record ModelVersionPage(List<ModelVersionView> items, String nextPageToken) {}
