package io.kiln.local.wishes;

import io.kiln.domain.job.JobRunAttemptFailedEvent;
import io.kiln.domain.job.JobRunAttemptStartedEvent;
import io.kiln.domain.job.JobRunEnded;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.local.LocalCompute;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.WorkloadSpec;
import io.kiln.local.workload.Workloads;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Wants each attempt of a job run as a process from its start until the attempt or the run ends. */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(JobRunWishes.GROUP)
class JobRunWishes {
  static final String GROUP = "local-jobs";
  private final Workloads workloads;

  JobRunWishes(Workloads workloads) {
    this.workloads = workloads;
  }

  @EventHandler
  void on(JobRunScheduledEvent e) {
    WorkloadSpec spec = new WorkloadSpec(e.projectId(), e.runtimeId(), null, e.script(), e.arguments(),
        e.environment(), e.resources() == null ? 0 : e.resources().memoryMiB(), e.timeoutSeconds(), 1, null, null,
        null, e.ownerId());
    workloads.want(key(e.runId(), 1), Kind.JOB_RUN, e.runId(), 1, null, spec);
  }

  @EventHandler
  void on(JobRunAttemptStartedEvent e) {
    workloads.find(key(e.runId(), 1)).ifPresent(first -> workloads.want(key(e.runId(), e.attempt()), Kind.JOB_RUN,
        e.runId(), e.attempt(), null, first.spec().withAttempt(e.attempt())));
  }

  @EventHandler
  void on(JobRunAttemptFailedEvent e) {
    workloads.unwant(key(e.runId(), e.attempt()));
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    workloads.unwantOwner(e.runId());
  }

  @EventHandler
  void on(JobRunEnded e) {
    workloads.unwantOwner(e.runId());
  }

  static String key(String runId, int attempt) {
    return "job:" + runId + ":" + attempt;
  }
}
