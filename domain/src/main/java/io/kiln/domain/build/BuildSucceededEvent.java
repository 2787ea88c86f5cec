package io.kiln.domain.build;

import io.kiln.domain.catalog.Editor;
import org.axonframework.serialization.Revision;

/** The image is pushed. Carries what the build's consumers (runtime registration, model versions) need. */
@Revision("1")
public record BuildSucceededEvent(String buildId, String projectId, BuildKind kind, String name, String modelId,
                                  String image, String digest, Editor editor, String kernel) {}
