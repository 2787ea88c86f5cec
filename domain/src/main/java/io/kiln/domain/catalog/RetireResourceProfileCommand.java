package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nothing new starts with a retired profile; what runs keeps running. */
public record RetireResourceProfileCommand(@TargetAggregateIdentifier String profileId) {}
