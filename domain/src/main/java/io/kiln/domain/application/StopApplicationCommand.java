package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId) {}
