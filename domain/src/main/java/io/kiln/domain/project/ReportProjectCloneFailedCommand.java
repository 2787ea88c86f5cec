package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Kiln could not clone the project's files, for {@code reason} (sent by the clone effector). */
public record ReportProjectCloneFailedCommand(@TargetAggregateIdentifier ProjectId projectId, String reason) {}
