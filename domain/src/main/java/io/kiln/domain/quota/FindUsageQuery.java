package io.kiln.domain.quota;

public record FindUsageQuery(String userId) {}
