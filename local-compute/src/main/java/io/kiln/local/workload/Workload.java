package io.kiln.local.workload;

import java.time.Instant;

/** One row of {@code eventstore.local_workload}: a wish and what became of it. */
public record Workload(String key, Kind kind, String ownerId, int generation, String route, WorkloadSpec spec,
                       boolean wanted, String status, Long pid, Instant processStartedAt, Integer port,
                       Instant launchedAt, Integer exitCode, String reason, int restarts) {
  public static final String PENDING = "pending";
  public static final String LAUNCHING = "launching";
  public static final String RUNNING = "running";
  public static final String READY = "ready";
  public static final String ENDED = "ended";

  public boolean live() {
    return RUNNING.equals(status) || READY.equals(status);
  }
}
