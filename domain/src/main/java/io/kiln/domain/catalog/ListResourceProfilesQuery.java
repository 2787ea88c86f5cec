package io.kiln.domain.catalog;

public record ListResourceProfilesQuery(int pageSize, String pageToken) {}
