package io.kiln.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeModelAccessKeyCommand(@TargetAggregateIdentifier ModelId modelId, String keyId) {}
