package io.kiln.k8s.jobs;

import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.PodObserver;
import io.kiln.k8s.observe.PodStates;
import io.kiln.k8s.observe.Reports;

/**
 * A Job's pod stuck where its Job never fails by itself (an image that cannot be pulled): the attempt is reported
 * failed, as a system failure, rather than left to run into its timeout.
 */
public class JobPodObserver implements PodObserver {
  private final Reports reports;

  public JobPodObserver(Reports reports) {
    this.reports = reports;
  }

  @Override
  public String workload() {
    return JobManifests.WORKLOAD;
  }

  @Override
  public void changed(Pod pod) {
    var labels = pod.getMetadata().getLabels();
    String attempt = labels.get(JobManifests.ATTEMPT);
    if (attempt == null || !attempt.matches("\\d{1,9}")) {
      return;
    }
    PodStates.stuck(pod).ifPresent(reason -> reports.send(new ReportJobRunFailedCommand(
        new JobRunId(labels.get(Labels.WORKLOAD_ID)), Integer.parseInt(attempt), null, reason)));
  }

  @Override
  public void deleted(Pod pod) {}
}
