package io.kiln.web.api.job;

import io.kiln.domain.job.JobNotifications;
import java.util.List;
import java.util.Map;

/** A job as a client defines it (POST) or changes it (PATCH: absent parts stay as they are). */
public record JobRequest(String name, String script, List<String> arguments, Map<String, String> environment,
                         String runtimeId, String profileId, Long timeoutSeconds, RetryRequest retry,
                         TriggerRequest trigger, JobNotifications notifications) {

  /** {@code on}: {@code script_failure}, {@code timeout}, {@code system_failure}; absent: all three. */
  public record RetryRequest(Integer maxAttempts, Long delaySeconds, List<String> on) {}

  /** {@code type}: {@code manual}, {@code cron} (with {@code cron}, {@code timeZone}, {@code concurrency}) or
   * {@code dependent} (with {@code parentJobIds}). */
  public record TriggerRequest(String type, String cron, String timeZone, String concurrency,
                               List<String> parentJobIds) {}
}
