package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a stopped or failed application; its subdomain becomes free. */
public record DeleteApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId) {}
