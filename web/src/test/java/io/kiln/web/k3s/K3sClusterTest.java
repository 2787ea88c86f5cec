package io.kiln.web.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kiln.infra.testdb.TestDatabase;
import io.kiln.k8s.objects.Labels;
import io.kiln.web.KilnApplication;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The namespace and session scenarios against a real cluster: k3s in Docker, Kiln started on it through a kubeconfig.
 * Runs only with {@code -Pk3s} and where Docker answers; both conditions are decided before any Spring context starts,
 * so the normal suite never starts this second context.
 */
@EnabledIfSystemProperty(named = "kiln.k3s", matches = "true")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = KilnApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kiln.bootstrap.admin-key=" + K3sClusterTest.ADMIN_KEY, "kiln.home=target/kiln-home-k3s",
        "kiln.grpc.port=-1", "kiln.k8s.resync-interval=20s"})
class K3sClusterTest {
  static final String ADMIN_KEY = KilnIntegrationTest.ADMIN_KEY;
  private static K3sContainer k3s;
  private static KubernetesClient cluster;

  @Autowired
  WebTestClient web;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) throws IOException {
    k3s = new K3sContainer(DockerImageName.parse("rancher/k3s:v1.31.4-k3s1"));
    k3s.start();
    Path kubeconfig = Files.createTempFile("kiln-k3s", ".yaml");
    Files.writeString(kubeconfig, k3s.getKubeConfigYaml());
    System.setProperty("kubeconfig", kubeconfig.toString());
    cluster = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml())).build();
    TestDatabase.register(registry);
    registry.add("kiln.compute", () -> "kubernetes");
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
    if (k3s != null) {
      k3s.stop();
    }
  }

  @Test
  void aUsersNamespaceAndSessionPodAreAcceptedByARealApiServer() {
    Api api = new Api(web.mutate().responseTimeout(Duration.ofSeconds(30)).build());
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("k3s")).get("id");
    api.setRole(alice, project, bob, "viewer");
    String session = (String) api.startSession(alice, project, api.runtime("enabled"), api.profile(100, 128, 0))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    String namespace = "kiln-u-" + alice.id();

    await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
      assertThat(cluster.namespaces().withName(namespace).get().getMetadata().getLabels())
          .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
      assertThat(cluster.resourceQuotas().inNamespace(namespace).withName("kiln-quota").get()).isNotNull();
      assertThat(cluster.network().v1().networkPolicies().inNamespace(namespace).withName("kiln-ingress").get())
          .isNotNull();
      assertThat(cluster.namespaces().withName("kiln-u-" + bob.id()).get()).isNotNull();
    });
    await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
      List<Pod> pods = cluster.pods().inNamespace(namespace).withLabel(Labels.WORKLOAD_ID, session).list()
          .getItems();
      assertThat(pods).as("the pod passed Pod Security 'restricted' and the quota").hasSize(1);
    });
    await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(
        api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, session).get("state"))
        .as("scheduled on the node (the example image may then fail to pull offline)")
        .isIn("starting", "running", "failed"));

    api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, session).exchange()
        .expectStatus().isOk();
    await().atMost(Duration.ofMinutes(2)).until(() -> cluster.pods().inNamespace(namespace)
        .withLabel(Labels.WORKLOAD_ID, session).list().getItems().isEmpty());
  }
}
