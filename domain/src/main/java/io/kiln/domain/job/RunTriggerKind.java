package io.kiln.domain.job;

/** Who or what started a run: a person, the job's schedule, or the run of a parent job. */
public enum RunTriggerKind {
  MANUAL,
  SCHEDULE,
  PARENT
}
