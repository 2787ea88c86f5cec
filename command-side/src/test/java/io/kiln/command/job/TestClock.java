package io.kiln.command.job;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The fixture's simulated time, unless a test says the wall clock is elsewhere: after downtime, a deadline set for
 * 02:00 is delivered when Kiln is back, say at 07:30.
 */
final class TestClock implements JobClock {
  private final Supplier<Instant> simulated;
  private Instant wallClock;

  TestClock(Supplier<Instant> simulated) {
    this.simulated = simulated;
  }

  /** From now on the wall clock reads {@code at}, whatever time the deadlines being delivered were set for. */
  void wallClockAt(Instant at) {
    wallClock = at;
  }

  @Override
  public Instant now() {
    return wallClock != null ? wallClock : simulated.get();
  }
}
