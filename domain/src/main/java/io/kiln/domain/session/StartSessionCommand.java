package io.kiln.domain.session;

import io.kiln.domain.workload.StartsWorkload;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start an interactive session in a project with a runtime and a resource profile. {@code idleTimeoutMinutes}
 * ({@code null}: the workspace default) is bounded by the workspace maximum.
 */
public record StartSessionCommand(@TargetAggregateIdentifier SessionId sessionId, String projectId, String runtimeId,
                                  String profileId, String name, Integer idleTimeoutMinutes) implements StartsWorkload {}
