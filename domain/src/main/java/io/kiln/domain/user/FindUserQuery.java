package io.kiln.domain.user;

public record FindUserQuery(String userId) {}
