package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RuntimeRegisteredEvent(String runtimeId, String name, String image, Editor editor, String kernel, String projectId) {}
