package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A build ended (or was cancelled while waiting): free its place and admit whoever may go next. */
public record ReleaseBuildCommand(@TargetAggregateIdentifier String queueId, String buildId) {
  public ReleaseBuildCommand(String buildId) {
    this(BuildQueueId.WORKSPACE, buildId);
  }
}
