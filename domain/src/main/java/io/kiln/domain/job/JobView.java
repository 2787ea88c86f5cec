package io.kiln.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as the API shows it; {@code nextRunAt} is when its schedule fires next (cron jobs that are not paused).
 * Live collections show a deleted job once more, with {@code deleted} set.
 */
public record JobView(String id, String projectId, String ownerId, String ownerUsername, String name, String script,
                      List<String> arguments, Map<String, String> environment, String runtimeId, String runtimeName,
                      String profileId, String profileName, long timeoutSeconds, RetryPolicy retry,
                      JobTrigger trigger, JobNotifications notifications, boolean paused, boolean deleted,
                      Instant nextRunAt, String lastRunId, JobRunState lastRunState, Instant lastRunAt,
                      Instant createdAt, Instant updatedAt, long version) {}
