package io.kiln.domain.job;

import java.util.List;

/**
 * A job's trigger. {@code MANUAL}: only people start runs. {@code CRON}: {@code cron} in {@code timeZone}, with a
 * {@code concurrency} policy. {@code DEPENDENT}: runs when every parent's latest run has succeeded since this job's
 * last run. Fields that do not belong to the type are null.
 */
public record JobTrigger(TriggerType type, String cron, String timeZone, ConcurrencyPolicy concurrency,
                         List<String> parentJobIds) {
  public static final JobTrigger MANUAL = new JobTrigger(TriggerType.MANUAL, null, null, null, null);

  public static JobTrigger cron(String cron, String timeZone, ConcurrencyPolicy concurrency) {
    return new JobTrigger(TriggerType.CRON, cron, timeZone, concurrency, null);
  }

  public static JobTrigger dependent(List<String> parentJobIds) {
    return new JobTrigger(TriggerType.DEPENDENT, null, null, null, List.copyOf(parentJobIds));
  }

  public List<String> parents() {
    return parentJobIds == null ? List.of() : parentJobIds;
  }

  /** The concurrency policy every start of the job follows: only scheduled jobs have one besides ALLOW. */
  public ConcurrencyPolicy policy() {
    return concurrency == null ? ConcurrencyPolicy.ALLOW : concurrency;
  }
}
