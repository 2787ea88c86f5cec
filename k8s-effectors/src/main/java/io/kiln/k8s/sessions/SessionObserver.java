package io.kiln.k8s.sessions;

import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.domain.session.ReportSessionFailedCommand;
import io.kiln.domain.session.ReportSessionRunningCommand;
import io.kiln.domain.session.ReportSessionStartingCommand;
import io.kiln.domain.session.ReportSessionStoppedCommand;
import io.kiln.domain.session.SessionId;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.PodObserver;
import io.kiln.k8s.observe.PodStates;
import io.kiln.k8s.observe.Reports;

/** Turns what session pods do into session reports; a pod gone while still wanted is recreated instead. */
public class SessionObserver implements PodObserver {
  private final Reports reports;
  private final DesiredObjects desired;

  public SessionObserver(Reports reports, DesiredObjects desired) {
    this.reports = reports;
    this.desired = desired;
  }

  @Override
  public String workload() {
    return "session";
  }

  @Override
  public void changed(Pod pod) {
    SessionId id = new SessionId(pod.getMetadata().getLabels().get(Labels.WORKLOAD_ID));
    var failure = PodStates.failure(pod);
    if (failure.isPresent()) {
      reports.send(new ReportSessionFailedCommand(id, failure.get()));
    } else if (PodStates.ready(pod)) {
      reports.send(new ReportSessionRunningCommand(id,
          SessionManifests.url(id.value(), pod.getMetadata().getLabels().get(Labels.USER))));
    } else if (PodStates.scheduled(pod)) {
      reports.send(new ReportSessionStartingCommand(id));
    }
  }

  @Override
  public void deleted(Pod pod) {
    String key = ObjectKeys.key(pod);
    if (desired.isWanted(key)) {
      desired.reapply(key);
    } else {
      reports.send(new ReportSessionStoppedCommand(new SessionId(pod.getMetadata().getLabels()
          .get(Labels.WORKLOAD_ID))));
    }
  }
}
