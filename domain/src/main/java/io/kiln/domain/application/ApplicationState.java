package io.kiln.domain.application;

/**
 * {@code STARTING → RUNNING → STOPPING → STOPPED}, or {@code FAILED}; a restart goes back to {@code STARTING};
 * {@code DELETED} is final.
 */
public enum ApplicationState {
  STARTING,
  RUNNING,
  STOPPING,
  STOPPED,
  FAILED,
  DELETED;

  /** Applications in these states count against their owner's quota. */
  public boolean holdsResources() {
    return this == STARTING || this == RUNNING;
  }

  public boolean isActive() {
    return this == STARTING || this == RUNNING || this == STOPPING;
  }
}
