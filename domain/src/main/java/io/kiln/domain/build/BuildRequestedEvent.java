package io.kiln.domain.build;

import io.kiln.domain.catalog.Editor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A build was asked for and is QUEUED; {@code image} is the repository it will push to. */
@Revision("1")
public record BuildRequestedEvent(String buildId, String projectId, String requestedBy, BuildKind kind, String name,
                                  BuildSource source, String baseRuntimeId, String baseImage, Editor editor,
                                  String kernel, BuildRecipe recipe, String modelId, String image,
                                  long timeoutSeconds, Instant requestedAt) {}
