package io.kiln.k8s.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class KubernetesModelReplicasTest {
  KubernetesMockServer server;
  KubernetesClient client;
  private KubernetesModelReplicas replicas;

  @BeforeEach
  void start() {
    replicas = new KubernetesModelReplicas(client);
    replicas.start();
  }

  @AfterEach
  void stop() {
    replicas.stop();
  }

  @Test
  void readyPodsOfTheVersionAtTheirNamedPortSorted() {
    create(pod("b", "d1", "1", "10.0.0.2", true, "http", 9000));
    create(pod("a", "d1", "1", "10.0.0.1", true, "http", 9000));
    create(pod("c", "d1", "2", "10.0.0.3", true, "http", 9000));
    create(pod("d", "d2", "1", "10.0.0.4", true, "http", 9000));
    create(pod("e", "d1", "1", "10.0.0.5", false, "http", 9000));
    create(pod("f", "d1", "1", "10.0.0.6", true, "metrics", 7000));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(replicas.ready("d1", 1)).containsExactly(
        URI.create("http://10.0.0.1:9000"), URI.create("http://10.0.0.2:9000"), URI.create("http://10.0.0.6:7000")));
    assertThat(replicas.ready("d1", 2)).containsExactly(URI.create("http://10.0.0.3:9000"));
    assertThat(replicas.ready("d3", 1)).isEmpty();
  }

  @Test
  void aPodThatStopsBeingReadyLeaves() {
    create(pod("a", "d9", "1", "10.0.1.1", true, "http", 8080));
    await().atMost(Duration.ofSeconds(10)).until(() -> replicas.ready("d9", 1).size() == 1);
    client.pods().inNamespace("kiln-u-x").withName("a").delete();
    await().atMost(Duration.ofSeconds(10)).until(() -> replicas.ready("d9", 1).isEmpty());
  }

  private void create(Pod pod) {
    client.pods().inNamespace("kiln-u-x").resource(pod).create();
  }

  static Pod pod(String name, String deployment, String version, String ip, boolean ready, String portName,
                 int port) {
    return new PodBuilder().withNewMetadata().withName(name).withNamespace("kiln-u-x")
        .addToLabels(ServingLabels.DEPLOYMENT, deployment).addToLabels(ServingLabels.MODEL_VERSION, version)
        .endMetadata()
        .withNewSpec().addNewContainer().withName("main").addNewPort().withName(portName).withContainerPort(port)
        .endPort().endContainer().endSpec()
        .withNewStatus().withPhase("Running").withPodIP(ip)
        .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
        .endStatus().build();
  }
}
