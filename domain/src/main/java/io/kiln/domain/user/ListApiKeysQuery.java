package io.kiln.domain.user;

public record ListApiKeysQuery(String userId) {}
