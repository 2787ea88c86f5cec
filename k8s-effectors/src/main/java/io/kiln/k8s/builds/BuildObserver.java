package io.kiln.k8s.builds;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.ReportBuildFailedCommand;
import io.kiln.domain.build.ReportBuildPushingCommand;
import io.kiln.domain.build.ReportBuildRunningCommand;
import io.kiln.domain.build.ReportBuildSucceededCommand;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.PodObserver;
import io.kiln.k8s.observe.PodStates;
import io.kiln.k8s.observe.Reports;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what build pods do into build reports: fetching and building is RUNNING, pushing is PUSHING. */
public class BuildObserver implements PodObserver {
  private static final Pattern PUSHED = Pattern.compile("(\\S+)@(sha256:[0-9a-f]{64})");
  private final Reports reports;
  private final DesiredObjects desired;
  private final KubernetesClient client;

  public BuildObserver(Reports reports, DesiredObjects desired, KubernetesClient client) {
    this.reports = reports;
    this.desired = desired;
    this.client = client;
  }

  @Override
  public String workload() {
    return "build";
  }

  @Override
  public void changed(Pod pod) {
    BuildId id = new BuildId(pod.getMetadata().getLabels().get(Labels.WORKLOAD_ID));
    if (PodStates.succeeded(pod)) {
      pushed(pod).ifPresentOrElse(
          m -> reports.send(new ReportBuildSucceededCommand(id, m.group(1), m.group(2))),
          () -> reports.send(new ReportBuildFailedCommand(id, "The push left no digest", null, false)));
      return;
    }
    if ("DeadlineExceeded".equals(pod.getStatus() == null ? null : pod.getStatus().getReason())) {
      reports.send(new ReportBuildFailedCommand(id, "The build ran past its timeout", logTail(pod), true));
      return;
    }
    Optional<String> failure = PodStates.failure(pod);
    if (failure.isPresent()) {
      reports.send(new ReportBuildFailedCommand(id, failure.get(), logTail(pod), false));
    } else if (running(pod, "push")) {
      reports.send(new ReportBuildPushingCommand(id));
    } else if (running(pod, "fetch") || running(pod, "build")) {
      reports.send(new ReportBuildRunningCommand(id));
    }
  }

  @Override
  public void deleted(Pod pod) {
    String key = ObjectKeys.key(pod);
    if (desired.isWanted(key)) {
      desired.reapply(key);
    }
  }

  private static boolean running(Pod pod, String container) {
    return PodStates.containerStatuses(pod).stream().anyMatch(s -> container.equals(s.getName())
        && s.getState() != null && s.getState().getRunning() != null);
  }

  private static Optional<Matcher> pushed(Pod pod) {
    return PodStates.containerStatuses(pod).stream().filter(s -> "push".equals(s.getName()))
        .map(ContainerStatus::getState).filter(s -> s != null && s.getTerminated() != null)
        .map(s -> s.getTerminated().getMessage()).filter(m -> m != null)
        .map(PUSHED::matcher).filter(Matcher::find).findFirst();
  }

  /** The end of the log of the container that failed. */
  private String logTail(Pod pod) {
    String container = PodStates.containerStatuses(pod).stream()
        .filter(s -> s.getState() != null && s.getState().getTerminated() != null
            && s.getState().getTerminated().getExitCode() != null && s.getState().getTerminated().getExitCode() != 0)
        .map(ContainerStatus::getName).findFirst().orElse("build");
    try {
      return client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
          .inContainer(container).tailingLines(200).getLog();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
