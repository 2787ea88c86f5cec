package io.kiln.domain.session;

/**
 * {@code SCHEDULING → STARTING → RUNNING → STOPPING → STOPPED}, or {@code FAILED} from any state that is not final.
 * A state only ever moves forward: an observation of an earlier state arriving late is stale.
 */
public enum SessionState {
  SCHEDULING(0),
  STARTING(1),
  RUNNING(2),
  STOPPING(3),
  STOPPED(4),
  FAILED(4);

  private final int rank;

  SessionState(int rank) {
    this.rank = rank;
  }

  public boolean isFinal() {
    return this == STOPPED || this == FAILED;
  }

  /** Sessions in these states count against their owner's quota. */
  public boolean holdsResources() {
    return rank <= RUNNING.rank;
  }

  public boolean canAdvanceTo(SessionState next) {
    return !isFinal() && next.rank > rank;
  }
}
