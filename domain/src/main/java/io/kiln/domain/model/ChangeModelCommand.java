package io.kiln.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a model's description and whether calls need an access key; null leaves a field as it is. */
public record ChangeModelCommand(@TargetAggregateIdentifier ModelId modelId, String description,
                                 Boolean accessKeyRequired) {}
