package io.kiln.web.api.user;

public record CreateUserRequest(String username, String email, String role) {}
