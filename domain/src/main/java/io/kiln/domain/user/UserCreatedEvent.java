package io.kiln.domain.user;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UserCreatedEvent(String userId, String username, String email, UserRole role) {}
