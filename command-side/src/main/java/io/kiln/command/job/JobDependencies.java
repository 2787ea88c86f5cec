package io.kiln.command.job;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.TriggerType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A dependent job's parents are jobs of its own project, and depending on them closes no cycle. */
final class JobDependencies {
  private JobDependencies() {}

  static void check(JobGraph graph, String projectId, String jobId, JobTrigger trigger) {
    if (trigger.type() != TriggerType.DEPENDENT) {
      return;
    }
    Map<String, JobGraph.Node> jobs = graph.lockAndRead(projectId);
    for (String parent : trigger.parents()) {
      if (!parent.equals(jobId) && !jobs.containsKey(parent)) {
        throw KilnException.invalid("trigger.parentJobIds", "names no job of this project: " + parent);
      }
    }
    List<String> cycle = DependencyCycles.closedBy(jobId, trigger.parents(), jobs);
    if (!cycle.isEmpty()) {
      throw new KilnException(ErrorCode.DEPENDENCY_CYCLE, "These dependencies would close a cycle: "
          + cycle.stream().map(id -> jobs.containsKey(id) ? jobs.get(id).name() : "this job")
              .collect(Collectors.joining(" → ")));
    }
  }
}
