package io.kiln.k8s.models;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.infra.workload.ModelReplicas;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import io.kiln.k8s.observe.PodStates;
import java.net.URI;
import java.util.List;

/** The serving replicas of a model version on Kubernetes: its ready pods, reached at their address on port 8080. */
public class KubernetesModelReplicas implements ModelReplicas {
  private final KubernetesClient client;
  private final ModelDeploymentSpecs specs;

  public KubernetesModelReplicas(KubernetesClient client, ModelDeploymentSpecs specs) {
    this.client = client;
    this.specs = specs;
  }

  @Override
  public List<URI> ready(String deploymentId, int modelVersion) {
    return specs.find(deploymentId).map(spec -> client.pods().inNamespace(Names.userNamespace(spec.ownerId()))
            .withLabel(Labels.WORKLOAD_ID, deploymentId)
            .withLabel(ModelDeploymentManifests.MODEL_VERSION, String.valueOf(modelVersion)).list().getItems())
        .orElse(List.of()).stream().filter(PodStates::ready).map(Pod::getStatus).filter(s -> s.getPodIP() != null)
        .map(s -> URI.create("http://" + s.getPodIP() + ":" + ModelDeploymentManifests.PORT + "/")).toList();
  }
}
