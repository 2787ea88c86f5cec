package io.kiln.domain.model;

import java.util.List;

public record ModelAccessKeyPage(List<ModelAccessKeyView> items, String nextPageToken) {}
