package io.kiln.domain.catalog;

public record ListRuntimesQuery(int pageSize, String pageToken) {}
