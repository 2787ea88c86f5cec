package io.kiln.command.job;

import io.kiln.domain.workload.Resources;
import java.util.ArrayList;
import java.util.List;

final class FakeActiveJobRuns implements ActiveJobRuns {
  private final List<ActiveRun> runs = new ArrayList<>();

  FakeActiveJobRuns run(String runId, Resources held) {
    runs.add(new ActiveRun(runId, held, false));
    return this;
  }

  FakeActiveJobRuns stopping(String runId) {
    runs.add(new ActiveRun(runId, Resources.NONE, true));
    return this;
  }

  @Override
  public List<ActiveRun> of(String jobId) {
    return List.copyOf(runs);
  }
}
