package io.kiln.infra.workload;

import java.util.Objects;

/**
 * Whose log: a session, an attempt of a job run, a build, a replica of a model deployment, an application.
 * {@code attempt} is set for job runs only (1-based); {@code replica} names one replica of a deployment or
 * application (0-based index, or null for "any / all").
 */
public record LogTarget(Kind kind, String id, Integer attempt, Integer replica) {
  public enum Kind { SESSION, JOB_RUN, BUILD, MODEL_DEPLOYMENT, APPLICATION }

  public LogTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static LogTarget of(Kind kind, String id) {
    return new LogTarget(kind, id, null, null);
  }

  public static LogTarget jobRun(String runId, int attempt) {
    return new LogTarget(Kind.JOB_RUN, runId, attempt, null);
  }
}
