package io.kiln.domain.integration;

import org.axonframework.serialization.Revision;

@Revision("1")
public record IntegrationRevokedEvent(String integrationId) {}
