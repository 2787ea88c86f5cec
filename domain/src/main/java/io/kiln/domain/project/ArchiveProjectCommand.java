package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveProjectCommand(@TargetAggregateIdentifier ProjectId projectId) {}
