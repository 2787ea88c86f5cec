package io.kiln.web.models;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kiln.k8s.serving.ServingLabels;
import io.kiln.web.support.MockCluster;
import java.util.UUID;

/**
 * Serving pods as the model effector and the kubelet leave them: labelled with their deployment and version, ready,
 * at 127.0.0.1 and the container port of a {@link FakeReplica}.
 */
final class ReplicaPods {
  private static final String NAMESPACE = "kiln-serving-test";

  private ReplicaPods() {}

  static void ready(Object deploymentId, int modelVersion, int port) {
    var pod = new PodBuilder().withNewMetadata().withName("model-" + UUID.randomUUID()).withNamespace(NAMESPACE)
        .addToLabels(ServingLabels.DEPLOYMENT, deploymentId.toString())
        .addToLabels(ServingLabels.MODEL_VERSION, String.valueOf(modelVersion))
        .endMetadata()
        .withNewSpec().addNewContainer().withName("main").withImage("model")
        .addNewPort().withName(ServingLabels.PORT_NAME).withContainerPort(port).endPort()
        .endContainer().endSpec()
        .withNewStatus().withPhase("Running").withPodIP("127.0.0.1")
        .addNewCondition().withType("Ready").withStatus("True").endCondition()
        .endStatus().build();
    MockCluster.client().pods().inNamespace(NAMESPACE).resource(pod).create();
  }
}
