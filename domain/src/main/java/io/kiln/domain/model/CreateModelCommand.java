package io.kiln.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a model of a project: {@code function} in {@code file} serves its predictions on {@code runtimeId};
 * {@code accessKeyRequired} (default true) makes callers present one of the model's access keys.
 */
public record CreateModelCommand(@TargetAggregateIdentifier ModelId modelId, String projectId, String name,
                                 String description, String file, String function, String runtimeId,
                                 Boolean accessKeyRequired) {}
