package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a requested build in line; the queue admits it when the limits allow. Repeats change nothing. */
public record EnqueueBuildCommand(@TargetAggregateIdentifier String queueId, String buildId, String projectId) {
  public EnqueueBuildCommand(String buildId, String projectId) {
    this(BuildQueueId.WORKSPACE, buildId, projectId);
  }
}
