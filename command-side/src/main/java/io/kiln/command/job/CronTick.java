package io.kiln.command.job;

import java.time.Instant;

/** Deadline payload: the job's schedule (of this generation) fires for {@code scheduledFor}. Stored: keep its name. */
public record CronTick(long generation, Instant scheduledFor) {}
