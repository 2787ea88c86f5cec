package io.kiln.domain.workload;

/** The kinds of workload that hold a user's resources. */
public enum WorkloadKind {
  SESSION,
  JOB_RUN,
  APPLICATION,
  MODEL_DEPLOYMENT
}
