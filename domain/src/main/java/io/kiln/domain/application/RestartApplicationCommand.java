package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start it again: from RUNNING a rolling restart, from STOPPED or FAILED a new start. */
public record RestartApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId) {}
