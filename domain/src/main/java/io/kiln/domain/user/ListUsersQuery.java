package io.kiln.domain.user;

public record ListUsersQuery(String search, int pageSize, String pageToken) {}
