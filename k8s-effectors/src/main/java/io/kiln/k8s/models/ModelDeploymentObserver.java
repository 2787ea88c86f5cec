package io.kiln.k8s.models;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.ReportDeploymentFailedCommand;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.desired.ObjectKeys;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.Observer;
import io.kiln.k8s.observe.Reports;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reports a model deployment's current rollout as the cluster runs it: the replicas it asks for (primary and canary)
 * and those ready in the Deployments of its versions that were applied for that rollout; a rollout past its progress
 * deadline is FAILED; the last Deployment gone once nothing is wanted any more is STOPPED. Until the cluster's
 * controller reported on one of them, there is nothing to report.
 */
public class ModelDeploymentObserver implements Observer<Deployment> {
  private final Reports reports;
  private final DesiredObjects desired;
  private final ModelDeploymentSpecs specs;
  private final KubernetesClient client;
  private final Clock clock;

  public ModelDeploymentObserver(Reports reports, DesiredObjects desired, ModelDeploymentSpecs specs,
                                 KubernetesClient client, Clock clock) {
    this.reports = reports;
    this.desired = desired;
    this.specs = specs;
    this.client = client;
    this.clock = clock;
  }

  @Override
  public Class<Deployment> type() {
    return Deployment.class;
  }

  @Override
  public String workload() {
    return ModelDeploymentManifests.WORKLOAD;
  }

  @Override
  public void changed(Deployment changed) {
    String id = changed.getMetadata().getLabels().get(Labels.WORKLOAD_ID);
    Optional<ModelDeploymentSpec> found = specs.find(id);
    if (found.isEmpty() || found.get().live().isEmpty()) {
      return;
    }
    ModelDeploymentSpec spec = found.get();
    List<Deployment> rollout = client.apps().deployments().inNamespace(changed.getMetadata().getNamespace())
        .withLabel(Labels.WORKLOAD_ID, id).withLabel(Labels.GENERATION, String.valueOf(spec.generation()))
        .list().getItems().stream().filter(d -> spec.targets(version(d))).toList();
    if (rollout.stream().allMatch(d -> d.getStatus() == null)) {
      return;
    }
    Optional<String> stuck = rollout.stream().flatMap(d -> conditions(d).stream())
        .filter(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))
        .map(c -> c.getReason() + ": " + c.getMessage()).findFirst();
    if (stuck.isPresent()) {
      reports.send(new ReportDeploymentFailedCommand(new DeploymentId(id), stuck.get(), spec.generation()));
      return;
    }
    int ready = rollout.stream().mapToInt(ModelDeploymentObserver::ready).sum();
    reports.send(new ReportDeploymentReplicasCommand(new DeploymentId(id), spec.generation(), spec.replicas(),
        ready, clock.instant()));
  }

  @Override
  public void deleted(Deployment deployment) {
    String key = ObjectKeys.key(deployment);
    String id = deployment.getMetadata().getLabels().get(Labels.WORKLOAD_ID);
    if (desired.isWanted(key)) {
      desired.reapply(key);
    } else if (!desired.wantsAny(ModelDeploymentDesires.owner(id))) {
      String generation = deployment.getMetadata().getLabels().get(Labels.GENERATION);
      reports.send(new ReportDeploymentStoppedCommand(new DeploymentId(id),
          generation == null ? null : Integer.valueOf(generation)));
    }
  }

  /** Ready pods of the Deployment's current template, at most as many as it asks for. */
  private static int ready(Deployment deployment) {
    var status = deployment.getStatus();
    if (status == null || status.getReadyReplicas() == null) {
      return 0;
    }
    Long generation = deployment.getMetadata().getGeneration();
    if (generation != null && status.getObservedGeneration() != null && status.getObservedGeneration() < generation) {
      return 0;
    }
    int ready = status.getReadyReplicas();
    if (status.getUpdatedReplicas() != null) {
      ready = Math.min(ready, status.getUpdatedReplicas());
    }
    int wanted = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    return Math.min(ready, wanted);
  }

  private static int version(Deployment deployment) {
    return Integer.parseInt(deployment.getMetadata().getLabels().get(ModelDeploymentManifests.MODEL_VERSION));
  }

  private static List<DeploymentCondition> conditions(Deployment deployment) {
    return deployment.getStatus() == null || deployment.getStatus().getConditions() == null ? List.of()
        : deployment.getStatus().getConditions();
  }
}
