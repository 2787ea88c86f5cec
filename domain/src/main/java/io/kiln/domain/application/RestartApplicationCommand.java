package io.kiln.domain.application;

import io.kiln.domain.workload.StartsWorkload;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start it again: from RUNNING a rolling restart, from STOPPED or FAILED a new start. */
public record RestartApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId) implements StartsWorkload {}
