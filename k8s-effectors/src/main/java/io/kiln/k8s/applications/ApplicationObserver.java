package io.kiln.k8s.applications;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ReportApplicationFailedCommand;
import io.kiln.domain.application.ReportApplicationRunningCommand;
import io.kiln.domain.application.ReportApplicationStoppedCommand;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.Observer;
import io.kiln.k8s.observe.Reports;
import java.util.List;

/**
 * Turns what an application's Deployment does into reports naming the start (generation) it observed: available is
 * RUNNING, a rollout past its progress deadline is FAILED, gone when no longer wanted is STOPPED.
 */
public class ApplicationObserver implements Observer<Deployment> {
  private final Reports reports;
  private final DesiredObjects desired;

  public ApplicationObserver(Reports reports, DesiredObjects desired) {
    this.reports = reports;
    this.desired = desired;
  }

  @Override
  public Class<Deployment> type() {
    return Deployment.class;
  }

  @Override
  public String workload() {
    return "application";
  }

  @Override
  public void changed(Deployment deployment) {
    ApplicationId id = id(deployment);
    Integer generation = generation(deployment);
    var status = deployment.getStatus();
    List<DeploymentCondition> conditions = status == null || status.getConditions() == null ? List.of()
        : status.getConditions();
    if (conditions.stream().anyMatch(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))) {
      reports.send(new ReportApplicationFailedCommand(id, conditions.stream()
          .filter(c -> "Progressing".equals(c.getType())).map(c -> c.getReason() + ": " + c.getMessage())
          .findFirst().orElse("The rollout did not progress"), generation));
    } else if (status != null && status.getAvailableReplicas() != null && status.getAvailableReplicas() > 0) {
      reports.send(new ReportApplicationRunningCommand(id, url(deployment), generation));
    }
  }

  @Override
  public void deleted(Deployment deployment) {
    String key = ObjectKeys.key(deployment);
    if (desired.isWanted(key)) {
      desired.reapply(key);
    } else {
      reports.send(new ReportApplicationStoppedCommand(id(deployment), generation(deployment)));
    }
  }

  private String url(Deployment deployment) {
    return "https://" + deployment.getMetadata().getAnnotations().get(ApplicationManifests.HOST_ANNOTATION) + "/";
  }

  private static ApplicationId id(Deployment deployment) {
    return new ApplicationId(deployment.getMetadata().getLabels().get(Labels.WORKLOAD_ID));
  }

  private static Integer generation(Deployment deployment) {
    String generation = deployment.getMetadata().getLabels().get(Labels.GENERATION);
    return generation == null ? null : Integer.valueOf(generation);
  }
}
