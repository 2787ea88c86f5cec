package io.kiln.command.job;

import java.time.Instant;

/**
 * The wall clock that schedules and deadlines of jobs read. A deadline fires at (or, after downtime, long after) the
 * time it was set for; the clock tells which.
 */
public interface JobClock {
  Instant now();
}
