package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Builds end to end: admitted by the queue, run as a pod in the build namespace, reported back from its phases. */
class BuildsOnKubernetesTest extends KilnIntegrationTest {
  private static final String DIGEST = "sha256:" + "cd".repeat(32);
  private final TestKubelet kubelet = MockCluster.kubelet();
  private Person alice;
  private Object project;
  private String runtime;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Built on k8s")).get("id");
    runtime = api.runtime("enabled");
  }

  private String build(Map<String, ?> source) {
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/builds", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "runtime", "name", "rt", "baseRuntimeId", runtime, "source", source))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Object state(String build) {
    return api.get(alice, "/api/v1/projects/{p}/builds/{b}", project, build).get("state");
  }

  private Pod awaitPod(String build) {
    await().atMost(Duration.ofSeconds(60)).until(() -> kubelet.pod(build) != null);
    return kubelet.pod(build);
  }

  @Test
  void aBuildRunsAsAnUnprivilegedPodAndReportsItsDigest() {
    String build = build(Map.of("kind", "external_git", "url", "https://git.example.com/team/repo.git",
        "ref", "v1.2"));
    Pod pod = awaitPod(build);
    assertThat(pod.getMetadata().getNamespace()).isEqualTo("kiln-builds");
    assertThat(pod.getSpec().getInitContainers()).extracting(Container::getName).containsExactly("fetch", "build");
    assertThat(pod.getSpec().getContainers()).extracting(Container::getName).containsExactly("push");
    assertThat(pod.getSpec().getActiveDeadlineSeconds()).isEqualTo(3600);
    assertThat(pod.getSpec().getVolumes()).noneMatch(v -> v.getHostPath() != null);
    assertThat(pod.getSpec().getInitContainers().get(1).getSecurityContext()).isNull();
    assertThat(pod.getSpec().getInitContainers().get(0).getEnv())
        .anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("KILN_GIT_REF=v1.2"));

    kubelet.run(build, "build");
    await().untilAsserted(() -> assertThat(state(build)).isEqualTo("running"));
    kubelet.run(build, "push");
    await().untilAsserted(() -> assertThat(state(build)).isEqualTo("pushing"));
    kubelet.succeed(build, "push", "localhost:5000/team/rt:1@" + DIGEST);
    await().untilAsserted(() -> assertThat(state(build)).isEqualTo("succeeded"));
    assertThat(api.get(alice, "/api/v1/projects/{p}/builds/{b}", project, build)).containsEntry("digest", DIGEST)
        .containsEntry("image", "localhost:5000/team/rt:1");
    await().atMost(Duration.ofSeconds(60)).until(() -> kubelet.pod(build) == null);
  }

  @Test
  void aBuildPastItsDeadlineTimesOut() {
    String build = build(Map.of("kind", "project_files"));
    awaitPod(build);
    kubelet.exceedDeadline(build);
    await().untilAsserted(() -> assertThat(state(build)).isEqualTo("timedout"));
  }
}
