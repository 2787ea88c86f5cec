package io.kiln.domain.job;

/** What starts a job's runs besides people: nothing, a cron schedule, or its parent jobs' successes. */
public enum TriggerType {
  MANUAL,
  CRON,
  DEPENDENT
}
