package io.kiln.domain.job;

import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it: what triggered it, what it started with, its state and current attempt (with
 * {@code nextAttemptAt} while it waits for a retry), why it was skipped, stopped or failed, and every attempt.
 */
public record JobRunView(String id, String jobId, String projectId, String jobName, String ownerId, JobRunState state,
                         RunTrigger trigger, String triggeredByUsername, String runtimeId, String runtimeName,
                         String image, String profileId, String profileName, Resources resources, String script,
                         List<String> arguments, long timeoutSeconds, RetryPolicy retry, int attempt,
                         Instant nextAttemptAt, SkipReason skipReason, StopReason stopReason, FailureKind failure,
                         Integer exitCode, String reason, List<JobRunAttemptView> attempts, Instant createdAt,
                         Instant updatedAt, Instant finishedAt, long version, List<String> warnings) {}
