package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The image was pushed: its reference and its {@code sha256:...} digest. */
public record ReportBuildSucceededCommand(@TargetAggregateIdentifier BuildId buildId, String image, String digest) {}
