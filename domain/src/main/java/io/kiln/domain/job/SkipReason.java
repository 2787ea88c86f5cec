package io.kiln.domain.job;

/**
 * Why a run never ran: a parent's run did not succeed, the {@code forbid} policy found a run active, the owner's
 * quota was exhausted, or the job's runtime or profile could no longer be used when its schedule or parents started it.
 */
public enum SkipReason {
  PARENT_FAILED,
  CONCURRENCY_FORBID,
  QUOTA_EXCEEDED,
  START_REFUSED
}
