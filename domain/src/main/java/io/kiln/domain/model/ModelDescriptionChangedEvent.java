package io.kiln.domain.model;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelDescriptionChangedEvent(String modelId, String description) {}
