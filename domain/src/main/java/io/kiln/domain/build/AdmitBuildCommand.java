package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The build queue gave this build a slot: the cluster may run it now. Sent by the queue, never by people. */
public record AdmitBuildCommand(@TargetAggregateIdentifier BuildId buildId) {}
