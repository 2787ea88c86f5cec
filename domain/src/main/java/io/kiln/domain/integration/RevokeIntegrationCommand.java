package io.kiln.domain.integration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The integration's certificate is refused from now on, whoever signed it. */
public record RevokeIntegrationCommand(@TargetAggregateIdentifier String integrationId) {}
