package io.kiln.domain.model;

import org.axonframework.serialization.Revision;

/** Version {@code number} (1, 2, ...) of a model: the image its build pushed. */
@Revision("1")
public record ModelVersionRegisteredEvent(String modelId, String projectId, int number, String buildId,
                                          String image, String digest) {}
