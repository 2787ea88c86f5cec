package io.kiln.domain.job;

/**
 * What a scheduled job does when it should start while a run of it is still active, as Kubernetes CronJobs do:
 * start another ({@code ALLOW}), skip the new run ({@code FORBID}), or stop the active run and start the new one
 * ({@code REPLACE}).
 */
public enum ConcurrencyPolicy {
  ALLOW,
  FORBID,
  REPLACE
}
