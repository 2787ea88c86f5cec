package io.kiln.domain.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeApiKeyCommand(@TargetAggregateIdentifier UserId userId, String keyId) {}
