package io.kiln.domain.application;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationFailedEvent(String applicationId, String reason) {}
