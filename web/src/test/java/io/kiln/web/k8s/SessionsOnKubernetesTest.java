package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions end to end: HTTP → events → desired objects → the (mock) cluster → the test kubelet → reports → HTTP. */
class SessionsOnKubernetesTest extends KilnIntegrationTest {
  private final KubernetesClient cluster = MockCluster.client();
  private final TestKubelet kubelet = MockCluster.kubelet();
  private Person alice;
  private Object project;
  private String runtime;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("On k8s")).get("id");
    runtime = api.runtime("enabled");
  }

  private String start(long gpus) {
    return (String) api.startSession(alice, project, runtime, api.profile(1500, 2048, (int) gpus))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Object state(String session) {
    return api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, session).get("state");
  }

  private Pod awaitPod(String session) {
    await().atMost(Duration.ofSeconds(60)).until(() -> kubelet.pod(session) != null);
    return kubelet.pod(session);
  }

  @Test
  void aSessionBecomesAPodInItsOwnersNamespaceAndRunsWhenReady() {
    String session = start(0);
    Pod pod = awaitPod(session);
    String namespace = "kiln-u-" + alice.id();
    assertThat(pod.getMetadata().getNamespace()).isEqualTo(namespace);
    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getSpec().getContainers().get(0).getResources().getLimits().get("cpu").toString())
        .isEqualTo("1500m");
    assertThat(pod.getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("project-" + project);
    await().untilAsserted(() -> {
      assertThat(cluster.services().inNamespace(namespace).withName("session-" + session).get()).isNotNull();
      assertThat(cluster.namespaces().withName(namespace).get().getMetadata().getLabels())
          .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
      assertThat(cluster.resourceQuotas().inNamespace(namespace).withName("kiln-quota").get()).isNotNull();
      assertThat(cluster.persistentVolumeClaims().inNamespace(namespace).withName("project-" + project).get())
          .isNotNull();
    });

    kubelet.schedule(session);
    await().untilAsserted(() -> assertThat(state(session)).isEqualTo("starting"));
    kubelet.ready(session);
    await().untilAsserted(() -> assertThat(state(session)).isEqualTo("running"));
    assertThat(api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, session).get("url"))
        .isEqualTo("http://session-" + session + "." + namespace + ".svc/");

    api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, session).exchange()
        .expectStatus().isOk();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(kubelet.pod(session)).isNull();
      assertThat(state(session)).isEqualTo("stopped");
    });
  }

  @Test
  void anImageThatCannotBePulledFailsTheSession() {
    String session = start(0);
    awaitPod(session);
    kubelet.failToPull(session);
    await().untilAsserted(() -> assertThat(state(session)).isEqualTo("failed"));
    assertThat((String) api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, session).get("failureReason"))
        .startsWith("ImagePullBackOff");
    await().atMost(Duration.ofSeconds(60)).until(() -> kubelet.pod(session) == null);
  }

  @Test
  void aPodDeletedByHandComesBack() {
    String session = start(0);
    Pod pod = awaitPod(session);
    cluster.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).delete();
    await().atMost(Duration.ofSeconds(60)).until(() -> kubelet.pod(session) != null);
    assertThat(state(session)).isNotEqualTo("stopped");
  }

  @Test
  void gpuSessionsAskForGpusAndTheirType() {
    String profile = (String) api.as(api.admin()).post().uri("/api/v1/resource-profiles")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "gpu-" + java.util.UUID.randomUUID().toString().substring(0, 6), "cpuMillis", 100,
            "memoryMiB", 128, "gpus", 1, "gpuType", "nvidia-a100"))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    api.quota(alice, 16_000, 65_536, 2);
    String session = (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Pod pod = awaitPod(session);
    assertThat(pod.getSpec().getContainers().get(0).getResources().getLimits()).containsKey("nvidia.com/gpu");
    assertThat(pod.getSpec().getNodeSelector()).containsEntry("kiln.io/gpu-type", "nvidia-a100");
  }
}
