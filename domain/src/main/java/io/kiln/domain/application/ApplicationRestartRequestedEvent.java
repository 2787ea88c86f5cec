package io.kiln.domain.application;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/**
 * The application starts again as {@code generation} (the first start is generation 1), holding {@code resources}
 * of its owner's quota.
 */
@Revision("1")
public record ApplicationRestartRequestedEvent(String applicationId, String projectId, String ownerId, String name,
                                               int generation, Resources resources) {}
