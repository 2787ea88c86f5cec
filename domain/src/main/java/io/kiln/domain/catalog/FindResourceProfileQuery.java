package io.kiln.domain.catalog;

public record FindResourceProfileQuery(String profileId) {}
