package io.kiln.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a key whose secret the caller generated; only its hash and display prefix reach the aggregate. */
public record CreateModelAccessKeyCommand(@TargetAggregateIdentifier ModelId modelId, String keyId, String name,
                                          String keyHash, String keyPrefix) {}
