package io.kiln.command.job;

import io.kiln.domain.workload.Resources;
import java.util.List;

/** The runs of a job that have not ended, as the command side knows them. */
public interface ActiveJobRuns {
  /** An active run; one that is {@code stopping} holds no quota any more. */
  record ActiveRun(String runId, Resources held, boolean stopping) {}

  List<ActiveRun> of(String jobId);
}
