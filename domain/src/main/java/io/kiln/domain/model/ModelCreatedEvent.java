package io.kiln.domain.model;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelCreatedEvent(String modelId, String projectId, String createdBy, String name, String description,
                                String file, String function, String runtimeId, String runtimeName,
                                boolean accessKeyRequired) {}
