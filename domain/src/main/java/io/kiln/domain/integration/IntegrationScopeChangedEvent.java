package io.kiln.domain.integration;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IntegrationScopeChangedEvent(String integrationId, List<String> projectIds, List<String> eventTypes,
                                           List<String> commandTypes) {}
