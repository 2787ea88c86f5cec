package io.kiln.domain.user;

import java.time.Instant;

public record UserView(String id, String username, String email, UserRole role, Instant createdAt, long version) {}
