package io.kiln.domain.job;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Define a job in a project. Optional parts may be null: no arguments, no environment, the workspace's default
 * timeout, no retries, a manual trigger, no notifications.
 */
public record CreateJobCommand(@TargetAggregateIdentifier JobId jobId, String projectId, String name, String script,
                               List<String> arguments, Map<String, String> environment, String runtimeId,
                               String profileId, Long timeoutSeconds, RetryPolicy retry, JobTrigger trigger,
                               JobNotifications notifications) {}
