package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Kiln cloned the project's files (sent by the clone effector). */
public record ReportProjectClonedCommand(@TargetAggregateIdentifier ProjectId projectId, String commit) {}
