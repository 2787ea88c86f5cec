package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a job; refused while a run is active unless {@code force}, which stops the active runs. */
public record DeleteJobCommand(@TargetAggregateIdentifier JobId jobId, boolean force) {}
