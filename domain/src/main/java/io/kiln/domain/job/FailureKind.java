package io.kiln.domain.job;

/**
 * Why an attempt of a run failed: the script exited with a non-zero code, it ran past the job's timeout, or the
 * cluster could not run it (eviction, lost node, image pull). A retry policy names the kinds it retries.
 */
public enum FailureKind {
  SCRIPT_FAILURE,
  TIMEOUT,
  SYSTEM_FAILURE
}
