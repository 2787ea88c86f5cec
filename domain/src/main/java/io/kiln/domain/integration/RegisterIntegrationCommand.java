package io.kiln.domain.integration;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register the integration {@code name} (or change its scope): the projects and event types it may read from the
 * event stream, and the commands it may send ({@code ["*"]}: all; commands: none unless named).
 */
public record RegisterIntegrationCommand(@TargetAggregateIdentifier String integrationId, String name,
                                         List<String> projectIds, List<String> eventTypes,
                                         List<String> commandTypes) {}
