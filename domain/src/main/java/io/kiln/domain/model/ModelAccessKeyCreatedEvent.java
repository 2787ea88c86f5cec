package io.kiln.domain.model;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelAccessKeyCreatedEvent(String modelId, String keyId, String name, String keyHash, String keyPrefix,
                                         String createdBy) {}
