package io.kiln.domain.job;

/**
 * {@code SCHEDULING → STARTING → RUNNING → SUCCEEDED | FAILED | TIMEDOUT}, or {@code STOPPING → STOPPED} when
 * stopped, or {@code SKIPPED} (it never ran). A retry takes a run back to {@code SCHEDULING} with a new attempt;
 * otherwise a state only moves forward, and an observation of an earlier state arriving late is stale.
 */
public enum JobRunState {
  SCHEDULING(0),
  STARTING(1),
  RUNNING(2),
  STOPPING(3),
  SUCCEEDED(4),
  FAILED(4),
  TIMEDOUT(4),
  STOPPED(4),
  SKIPPED(4);

  private final int rank;

  JobRunState(int rank) {
    this.rank = rank;
  }

  public boolean isFinal() {
    return rank == 4;
  }

  /** Runs in these states hold their owner's quota. */
  public boolean holdsResources() {
    return rank <= RUNNING.rank;
  }

  public boolean canAdvanceTo(JobRunState next) {
    return !isFinal() && next.rank > rank;
  }
}
