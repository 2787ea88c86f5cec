package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import io.kiln.infra.workload.ModelReplicas;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Model deployments end to end: a Deployment and a Service per model version, replicas ready → DEPLOYED. */
class ModelDeploymentsOnKubernetesTest extends KilnIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final KubernetesClient cluster = MockCluster.client();
  private final TestKubelet kubelet = MockCluster.kubelet();
  @Autowired
  private ModelReplicas replicas;
  private Person alice;
  private Object model;
  private String profile;
  private String namespace;

  @BeforeEach
  void modelWithTwoVersions() {
    alice = api.newUser("user");
    namespace = "kiln-u-" + alice.id();
    Object project = api.createProject(alice, Api.uniqueName("Served on k8s")).get("id");
    model = api.as(alice).post().uri("/api/v1/projects/{p}/models", project).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", Api.uniqueName("Scorer"), "file", "model/serve.py", "function", "predict",
            "runtimeId", api.runtime("enabled"))).exchange().expectStatus().isCreated().expectBody(Api.JSON)
        .returnResult().getResponseBody().get("id");
    buildVersion(1);
    buildVersion(2);
    profile = api.profile(250, 512, 0);
  }

  private void buildVersion(int number) {
    Map<String, Object> build = api.as(alice).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    api.report("builds", build.get("projectId"), build.get("id"), Map.of("state", "succeeded",
        "image", build.get("image"), "digest", "sha256:" + UUID.randomUUID().toString().replace("-", "").repeat(2)));
    await().atMost(WAIT).until(() -> api.items(alice, "/api/v1/models/{m}/versions", model).size() == number);
  }

  private String deploy(Map<String, ?> body) {
    return (String) api.as(alice).post().uri("/api/v1/models/{m}/deployments", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private void act(String id, String action, Map<String, ?> body) {
    WebTestClient.RequestBodySpec request = api.as(alice).post()
        .uri("/api/v1/models/{m}/deployments/{d}:" + action, model, id);
    (body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange())
        .expectStatus().isOk();
  }

  private Map<String, Object> view(String id) {
    return api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, id);
  }

  private void awaitView(String id, String state, int readyReplicas) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(view(id)).containsEntry("state", state)
        .containsEntry("readyReplicas", readyReplicas));
  }

  private Deployment awaitDeployment(String id, int version, int replicas) {
    String name = "model-" + id + "-v" + version;
    await().atMost(WAIT).untilAsserted(() -> {
      Deployment d = kubelet.deployment(namespace, name);
      assertThat(d).isNotNull();
      assertThat(d.getSpec().getReplicas()).isEqualTo(replicas);
    });
    return kubelet.deployment(namespace, name);
  }

  /** The Deployment of {@code version} once Kiln applied it for rollout {@code generation}. */
  private Deployment awaitRollout(String id, int version, int generation) {
    String name = "model-" + id + "-v" + version;
    await().atMost(WAIT).until(() -> String.valueOf(generation).equals(kubelet.deployment(namespace, name)
        .getMetadata().getLabels().get("kiln.io/generation")));
    return kubelet.deployment(namespace, name);
  }

  private List<String> deploymentNames(String id) {
    return kubelet.deployments(id).stream().map(d -> d.getMetadata().getName()).toList();
  }

  private static List<Map<String, Object>> traffic(int version, int percent) {
    return List.of(Map.of("modelVersion", version, "percent", percent));
  }

  @Test
  void threeReplicasAreDeployedWhenThreeAreReadyThenScaleCanaryAndPromote() {
    String secret = "s3cr3t-" + UUID.randomUUID();
    String id = deploy(Map.of("modelVersion", 1, "profileId", profile, "replicas", 3,
        "environment", Map.of("LOG_LEVEL", "info"), "secrets", Map.of("DB_PASSWORD", secret)));
    Deployment v1 = awaitDeployment(id, 1, 3);
    List<EnvVar> env = v1.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    assertThat(env).anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("LOG_LEVEL=info"))
        .anySatisfy(e -> {
          assertThat(e.getName()).isEqualTo("DB_PASSWORD");
          assertThat(e.getValue()).isNull();
          assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("model-" + id + "-secrets");
          assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("DB_PASSWORD");
        });
    await().atMost(WAIT).untilAsserted(() -> {
      Secret stored = cluster.secrets().inNamespace(namespace).withName("model-" + id + "-secrets").get();
      assertThat(stored.getStringData()).containsEntry("DB_PASSWORD", secret);
      assertThat(cluster.services().inNamespace(namespace).withName("model-" + id + "-v1").get()).isNotNull();
    });
    assertThat(jdbc.queryForObject("select count(*) from eventstore.k8s_object where strpos(manifest, ?) > 0",
        Long.class, secret)).as("the desired Secret holds references, not values").isZero();

    kubelet.readyReplicas(v1, 2);
    awaitView(id, "deploying", 2);
    kubelet.readyPods(v1, 2);
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(replicas.ready(id, 1))
        .containsExactlyInAnyOrder(URI.create("http://10.244.0.1:8080"), URI.create("http://10.244.0.2:8080")));
    assertThat(replicas.ready(id, 2)).isEmpty();
    kubelet.readyReplicas(v1, 3);
    awaitView(id, "deployed", 3);

    act(id, "scale", Map.of("replicas", 5));
    v1 = awaitDeployment(id, 1, 5);
    kubelet.readyReplicas(v1, 5);
    awaitView(id, "deployed", 5);

    api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", model, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 10)).exchange()
        .expectStatus().isOk();
    Deployment v2 = awaitDeployment(id, 2, 1);
    assertThat(cluster.services().inNamespace(namespace).withName("model-" + id + "-v2").get()).isNotNull();
    kubelet.readyReplicas(v2, 1);
    kubelet.readyReplicas(awaitRollout(id, 1, 3), 5);
    awaitView(id, "deployed", 6);

    act(id, "promote", null);
    v2 = awaitDeployment(id, 2, 5);
    assertThat(deploymentNames(id)).as("the old version serves until the new one is deployed")
        .containsExactly("model-" + id + "-v1", "model-" + id + "-v2");
    kubelet.readyReplicas(v2, 5);
    awaitView(id, "deployed", 5);
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(deploymentNames(id)).containsExactly("model-" + id + "-v2");
      assertThat(cluster.services().inNamespace(namespace).withName("model-" + id + "-v1").get()).isNull();
    });
    assertThat(view(id)).containsEntry("traffic", traffic(2, 100));

    act(id, "stop", null);
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(kubelet.deployments(id)).isEmpty();
      assertThat(cluster.secrets().inNamespace(namespace).withName("model-" + id + "-secrets").get()).isNull();
      assertThat(view(id)).containsEntry("state", "stopped");
    });
  }

  @Test
  void aNewVersionRollsOutBesideTheOldOneWhichGoesOnlyOnceTheNewIsDeployedThenStop() {
    String id = deploy(Map.of("modelVersion", 1, "profileId", profile, "replicas", 2));
    kubelet.readyReplicas(awaitDeployment(id, 1, 2), 2);
    awaitView(id, "deployed", 2);

    act(id, "deploy", Map.of("modelVersion", 2));
    Deployment v2 = awaitDeployment(id, 2, 2);
    kubelet.readyReplicas(v2, 1);
    awaitView(id, "deploying", 1);
    assertThat(view(id)).containsEntry("traffic", traffic(1, 100));
    assertThat(deploymentNames(id)).hasSize(2);
    kubelet.readyReplicas(v2, 2);
    awaitView(id, "deployed", 2);
    await().atMost(WAIT).until(() -> deploymentNames(id).equals(List.of("model-" + id + "-v2")));

    act(id, "stop", null);
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(kubelet.deployments(id)).isEmpty();
      assertThat(view(id)).containsEntry("state", "stopped");
    });
  }
}
