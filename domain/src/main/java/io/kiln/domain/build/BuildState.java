package io.kiln.domain.build;

/**
 * {@code QUEUED → RUNNING → PUSHING → SUCCEEDED}, or {@code FAILED}, {@code TIMEDOUT}, {@code CANCELLED}. A queued
 * build is admitted by the build queue before the cluster runs it; states only move forward.
 */
public enum BuildState {
  QUEUED(0),
  RUNNING(1),
  PUSHING(2),
  SUCCEEDED(3),
  FAILED(3),
  TIMEDOUT(3),
  CANCELLED(3);

  private final int rank;

  BuildState(int rank) {
    this.rank = rank;
  }

  public boolean isFinal() {
    return rank == 3;
  }

  public boolean canAdvanceTo(BuildState next) {
    return !isFinal() && next.rank > rank;
  }
}
