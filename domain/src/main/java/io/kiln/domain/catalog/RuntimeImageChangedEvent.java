package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RuntimeImageChangedEvent(String runtimeId, String image) {}
