package io.kiln.domain.job;

/** Why a run was stopped: by a person, replaced by a newer run ({@code replace} policy), or its job was deleted. */
public enum StopReason {
  USER,
  REPLACED,
  JOB_DELETED
}
