package io.kiln.web.logs;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LogTarget;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

/** Logs of workloads on the (mock) cluster: followed live while the pod exists, kept when a build ends. */
class LogsOnKubernetesTest extends KilnIntegrationTest {
  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};
  private final TestKubelet kubelet = MockCluster.kubelet();

  @Autowired
  KeptLogs kept;

  private Person alice;
  private Object project;
  private String runtime;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Logs")).get("id");
    runtime = api.runtime("enabled");
  }

  @Test
  void aSessionsLogStreamsLineByLineThenEnds() {
    String session = (String) api.startSession(alice, project, runtime, api.profile(500, 512, 0))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Pod pod = awaitPod(session);
    MockCluster.logs().write(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), null,
        "Jupyter starting\nlistening on 8888\n");

    List<ServerSentEvent<String>> events = stream("/api/v1/projects/{p}/sessions/{s}/log", project, session);
    assertThat(events).extracting(ServerSentEvent::event).containsExactly("line", "line", "end");
    assertThat(events).extracting(ServerSentEvent::data).startsWith("Jupyter starting", "listening on 8888");

    Person stranger = api.newUser("user");
    expectProblem(api.as(stranger).get().uri("/api/v1/projects/{p}/sessions/{s}/log", project, session)
        .accept(MediaType.TEXT_EVENT_STREAM).exchange(), HttpStatus.NOT_FOUND, "SESSION_NOT_FOUND");
  }

  @Test
  void aFinishedBuildKeepsItsLogAfterItsPodIsGone() {
    String build = (String) api.as(alice).post().uri("/api/v1/projects/{p}/builds", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "runtime", "name", "rt", "baseRuntimeId", runtime, "source",
            Map.of("kind", "project_files")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Pod pod = awaitPod(build);
    String ns = pod.getMetadata().getNamespace();
    String name = pod.getMetadata().getName();
    MockCluster.logs().write(ns, name, "fetch", "fetched 12 files\n");
    MockCluster.logs().write(ns, name, "build", "pip install -r requirements.txt\nbuilt\n");
    MockCluster.logs().write(ns, name, "push", "pushed localhost:5000/rt@sha256:" + "ab".repeat(32) + "\n");

    List<ServerSentEvent<String>> live = stream("/api/v1/projects/{p}/builds/{b}/log", project, build);
    assertThat(live).extracting(ServerSentEvent::data).contains("fetched 12 files", "built");
    assertThat(live).last().extracting(ServerSentEvent::event).isEqualTo("end");

    kubelet.succeed(build, "push", "localhost:5000/rt@sha256:" + "ab".repeat(32));
    await().atMost(Duration.ofSeconds(20)).until(() -> kubelet.pod(build) == null);
    String text = api.as(alice).get().uri("/api/v1/projects/{p}/builds/{b}/log", project, build)
        .accept(MediaType.TEXT_PLAIN).exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(text).isEqualTo("fetched 12 files\npip install -r requirements.txt\nbuilt\npushed localhost:5000/rt@sha256:"
        + "ab".repeat(32) + "\n");
    assertThat(stream("/api/v1/projects/{p}/builds/{b}/log", project, build)).extracting(ServerSentEvent::event)
        .containsExactly("line", "line", "line", "line", "end");
  }

  @Test
  void aWorkloadWithNoPodAndNoKeptLogHasNoLog() {
    String profile = api.profile(500, 512, 0);
    String id = (String) api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Dash", "subdomain", "d" + UUID.randomUUID().toString().substring(0, 8),
            "script", "app/serve.py", "runtimeId", runtime, "profileId", profile))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    expectProblem(api.as(alice).get().uri("/api/v1/projects/{p}/applications/{a}/log", project, id)
        .accept(MediaType.TEXT_EVENT_STREAM).exchange(), HttpStatus.NOT_FOUND, "LOG_NOT_FOUND");
    expectProblem(api.as(alice).get().uri("/api/v1/projects/{p}/applications/{a}/log?replica=1", project, id)
        .exchange(), HttpStatus.NOT_FOUND, "LOG_NOT_FOUND");

    kept.keep(new LogTarget(LogTarget.Kind.APPLICATION, id, null, 1), "served 3 requests\n");
    assertThat(api.as(alice).get().uri("/api/v1/projects/{p}/applications/{a}/log?replica=1", project, id)
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
        .isEqualTo("served 3 requests\n");
  }

  private List<ServerSentEvent<String>> stream(String uri, Object... vars) {
    return api.as(alice).get().uri(uri, vars).accept(MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk().returnResult(SSE).getResponseBody().collectList().block(Duration.ofSeconds(20));
  }

  private Pod awaitPod(String workload) {
    await().atMost(Duration.ofSeconds(20)).until(() -> kubelet.pod(workload) != null);
    return kubelet.pod(workload);
  }
}
