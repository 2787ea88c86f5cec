package io.kiln.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A model build of {@code projectId} succeeded: its image becomes the model's next version. Sent by Kiln, never by
 * people; a build registers one version, however often this is repeated.
 */
public record RegisterModelVersionCommand(@TargetAggregateIdentifier ModelId modelId, String projectId,
                                          String buildId, String image, String digest) {}
