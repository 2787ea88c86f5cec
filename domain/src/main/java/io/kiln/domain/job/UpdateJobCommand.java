package io.kiln.domain.job;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change any part of a job at once (a {@code null} leaves that part as it is); all or nothing. Runs already started
 * keep what they started with. {@code expectedVersion}, when given, must be the job's current version.
 */
public record UpdateJobCommand(@TargetAggregateIdentifier JobId jobId, String name, String script,
                               List<String> arguments, Map<String, String> environment, String runtimeId,
                               String profileId, Long timeoutSeconds, RetryPolicy retry, JobTrigger trigger,
                               JobNotifications notifications, @TargetAggregateVersion Long expectedVersion) {}
