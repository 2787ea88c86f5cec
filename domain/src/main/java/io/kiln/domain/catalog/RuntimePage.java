package io.kiln.domain.catalog;

import java.util.List;

public record RuntimePage(List<RuntimeView> items, String nextPageToken) {}
