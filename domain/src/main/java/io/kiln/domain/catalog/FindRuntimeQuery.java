package io.kiln.domain.catalog;

public record FindRuntimeQuery(String runtimeId) {}
