package io.kiln.domain.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateUserCommand(@TargetAggregateIdentifier UserId userId, String username, String email,
                                UserRole role) {}
