package io.kiln.k8s.jobs;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunStartingCommand;
import io.kiln.domain.job.ReportJobRunStoppedCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.Observer;
import io.kiln.k8s.observe.PodStates;
import io.kiln.k8s.observe.Reports;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the Job of an attempt does into reports about that attempt: a pod ready is RUNNING, one active is
 * STARTING, complete is SUCCEEDED, failed is FAILED with the container's exit code and reason ({@code OOMKilled}...).
 * A Job killed at its deadline ({@code DeadlineExceeded}) is not reported: the run's own timeout, which started no
 * later than the Job, times the attempt out (TIMEDOUT, or a retry for timeouts). A Job gone while unwanted is STOPPED.
 */
public class JobRunObserver implements Observer<Job> {
  public static final String DEADLINE_EXCEEDED = "DeadlineExceeded";
  private final Reports reports;
  private final DesiredObjects desired;
  private final KubernetesClient client;

  public JobRunObserver(Reports reports, DesiredObjects desired, KubernetesClient client) {
    this.reports = reports;
    this.desired = desired;
    this.client = client;
  }

  @Override
  public Class<Job> type() {
    return Job.class;
  }

  @Override
  public String workload() {
    return JobManifests.WORKLOAD;
  }

  @Override
  public void changed(Job job) {
    JobRunId run = run(job);
    Integer attempt = attempt(job);
    var status = job.getStatus();
    if (status == null) {
      return;
    }
    Optional<JobCondition> failed = condition(job, "Failed");
    if (condition(job, "Complete").isPresent()) {
      reports.send(new ReportJobRunSucceededCommand(run, attempt));
    } else if (failed.isPresent()) {
      if (!DEADLINE_EXCEEDED.equals(failed.get().getReason())) {
        reports.send(failure(job, run, attempt, failed.get()));
      }
    } else if (status.getReady() != null && status.getReady() > 0) {
      reports.send(new ReportJobRunRunningCommand(run, attempt));
    } else if (status.getActive() != null && status.getActive() > 0) {
      reports.send(new ReportJobRunStartingCommand(run, attempt));
    }
  }

  @Override
  public void deleted(Job job) {
    String key = ObjectKeys.key(job);
    if (desired.isWanted(key)) {
      desired.reapply(key);
    } else {
      reports.send(new ReportJobRunStoppedCommand(run(job), attempt(job)));
    }
  }

  /** The exit code and reason of the attempt's container, read from its pod; the Job's own reason without one. */
  private ReportJobRunFailedCommand failure(Job job, JobRunId run, Integer attempt, JobCondition failed) {
    Optional<ContainerStateTerminated> terminated = pods(job).stream()
        .flatMap(p -> PodStates.containerStatuses(p).stream())
        .filter(s -> JobManifests.CONTAINER.equals(s.getName()) && s.getState() != null
            && s.getState().getTerminated() != null)
        .map(s -> s.getState().getTerminated()).findFirst();
    Integer exitCode = terminated.map(ContainerStateTerminated::getExitCode).filter(c -> c != 0).orElse(null);
    String reason = terminated.map(t -> t.getReason() == null ? "Error" : t.getReason())
        .map(r -> exitCode == null ? r : r + ": exit code " + exitCode)
        .orElse(failed.getReason() + (failed.getMessage() == null ? "" : " (" + failed.getMessage() + ")"));
    return new ReportJobRunFailedCommand(run, attempt, exitCode, reason);
  }

  private List<Pod> pods(Job job) {
    return client.pods().inNamespace(job.getMetadata().getNamespace())
        .withLabel(Labels.WORKLOAD_ID, job.getMetadata().getLabels().get(Labels.WORKLOAD_ID))
        .withLabel(JobManifests.ATTEMPT, job.getMetadata().getLabels().get(JobManifests.ATTEMPT))
        .list().getItems();
  }

  private static Optional<JobCondition> condition(Job job, String type) {
    var conditions = job.getStatus() == null ? null : job.getStatus().getConditions();
    return conditions == null ? Optional.empty() : conditions.stream()
        .filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus())).findFirst();
  }

  private static JobRunId run(Job job) {
    return new JobRunId(job.getMetadata().getLabels().get(Labels.WORKLOAD_ID));
  }

  private static Integer attempt(Job job) {
    String attempt = job.getMetadata().getLabels().get(JobManifests.ATTEMPT);
    return attempt == null ? null : Integer.valueOf(attempt);
  }
}
