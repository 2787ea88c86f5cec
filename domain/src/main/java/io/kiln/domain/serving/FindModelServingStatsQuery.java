package io.kiln.domain.serving;

public record FindModelServingStatsQuery(String modelId) {}
