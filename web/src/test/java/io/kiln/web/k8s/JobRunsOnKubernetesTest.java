package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Job runs end to end: a run → a Job per attempt → the test kubelet plays it → reports → the run over HTTP. */
class JobRunsOnKubernetesTest extends KilnIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final TestKubelet kubelet = MockCluster.kubelet();
  private Person alice;
  private Object project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Jobs on k8s")).get("id");
    runtime = api.runtime("enabled");
    profile = api.profile(750, 1024, 0);
  }

  private String job(Map<String, ?> more) {
    Map<String, Object> body = new HashMap<>(Map.of("name", "train-" + Api.uniqueName("j").substring(2),
        "script", "jobs/train.py", "runtimeId", runtime, "profileId", profile));
    body.putAll(more);
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private String run(String job) {
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:run", project, job).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Map<String, Object> view(String job, String run) {
    return api.get(alice, "/api/v1/projects/{p}/jobs/{j}/runs/{r}", project, job, run);
  }

  private void awaitState(String job, String run, String state) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(view(job, run).get("state")).isEqualTo(state));
  }

  private Job awaitJob(String run, int attempt) {
    await().atMost(WAIT).until(() -> kubelet.job(run, attempt) != null);
    return kubelet.job(run, attempt);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> attempts(String job, String run) {
    return (List<Map<String, Object>>) view(job, run).get("attempts");
  }

  @Test
  void aRunIsAJobWithoutKubernetesRetriesThatTheKubeletRunsToSuccess() {
    String job = job(Map.of("timeoutSeconds", 600, "arguments", List.of("--epochs", "3"),
        "environment", Map.of("MODE", "fast")));
    String run = run(job);
    Job k8sJob = awaitJob(run, 1);
    assertThat(k8sJob.getMetadata().getNamespace()).isEqualTo("kiln-u-" + alice.id());
    assertThat(k8sJob.getMetadata().getName()).isEqualTo("run-" + run + "-1");
    assertThat(k8sJob.getSpec().getBackoffLimit()).isZero();
    assertThat(k8sJob.getSpec().getActiveDeadlineSeconds()).isEqualTo(600);
    var pod = k8sJob.getSpec().getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getVolumes().get(0).getPersistentVolumeClaim().getClaimName()).isEqualTo("project-" + project);
    Container main = pod.getContainers().get(0);
    assertThat(main.getImage()).isEqualTo("registry.example.com/ml/python:3.11");
    assertThat(main.getArgs()).containsExactly("--epochs", "3");
    assertThat(main.getEnv()).anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("MODE=fast"))
        .anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("KILN_SCRIPT=jobs/train.py"));
    assertThat(main.getResources().getLimits().get("cpu").toString()).isEqualTo("750m");
    assertThat(main.getResources().getRequests().get("memory").toString()).isEqualTo("1024Mi");

    kubelet.startJob(run, 1);
    awaitState(job, run, "starting");
    kubelet.runJob(run, 1);
    awaitState(job, run, "running");
    kubelet.succeedJob(run, 1);
    awaitState(job, run, "succeeded");
    await().atMost(WAIT).until(() -> kubelet.job(run, 1) == null);
    assertThat(kubelet.job(run, 2)).isNull();
  }

  @Test
  void aFailedAttemptIsRetriedAsANewJobAndAnOutOfMemoryKillIsReportedWithItsReason() {
    String job = job(Map.of("retry", Map.of("maxAttempts", 2, "delaySeconds", 0,
        "on", List.of("script_failure"))));
    String run = run(job);
    awaitJob(run, 1);
    kubelet.runJob(run, 1);
    awaitState(job, run, "running");
    kubelet.failJob(run, 1, 3, "Error");
    Job second = awaitJob(run, 2);
    assertThat(second.getMetadata().getName()).isEqualTo("run-" + run + "-2");
    assertThat(attempts(job, run)).first().satisfies(a -> assertThat(a).containsEntry("state", "failed")
        .containsEntry("failure", "script_failure").containsEntry("exitCode", 3));
    await().atMost(WAIT).until(() -> kubelet.job(run, 1) == null);

    kubelet.oomKillJob(run, 2);
    awaitState(job, run, "failed");
    assertThat(attempts(job, run)).hasSize(2).last().satisfies(a -> {
      assertThat(a).containsEntry("exitCode", 137).containsEntry("failure", "script_failure");
      assertThat((String) a.get("reason")).startsWith("OOMKilled");
    });
    await().atMost(WAIT).until(() -> kubelet.job(run, 2) == null);
  }

  @Test
  void anAttemptWhoseImageCannotBePulledFailsAsASystemFailureInsteadOfWaitingForItsTimeout() {
    String job = job(Map.of());
    String run = run(job);
    awaitJob(run, 1);
    kubelet.failToPullJob(run, 1);
    awaitState(job, run, "failed");
    assertThat(attempts(job, run)).hasSize(1).first().satisfies(a -> {
      assertThat(a).containsEntry("failure", "system_failure");
      assertThat(a.get("exitCode")).isNull();
      assertThat((String) a.get("reason")).startsWith("ImagePullBackOff");
    });
    await().atMost(WAIT).until(() -> kubelet.job(run, 1) == null);
  }

  /**
   * The Job's deadline is the run's timeout, which the run keeps itself from an earlier start: a Job killed at its
   * deadline is not a failure of the system but the run's timeout.
   */
  @Test
  void aJobPastItsDeadlineTimesTheRunOut() {
    String job = job(Map.of("timeoutSeconds", 15));
    String run = run(job);
    assertThat(awaitJob(run, 1).getSpec().getActiveDeadlineSeconds()).isEqualTo(15);
    kubelet.runJob(run, 1);
    awaitState(job, run, "running");
    kubelet.exceedJobDeadline(run, 1);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
        .untilAsserted(() -> assertThat(view(job, run).get("state")).isEqualTo("running"));
    await().atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(view(job, run).get("state")).isEqualTo("timedout"));
    assertThat(view(job, run)).containsEntry("failure", "timeout");
    await().atMost(WAIT).until(() -> kubelet.job(run, 1) == null);
  }

  @Test
  void stoppingARunDeletesItsJob() {
    String job = job(Map.of());
    String run = run(job);
    awaitJob(run, 1);
    kubelet.runJob(run, 1);
    awaitState(job, run, "running");
    api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}:stop", project, job, run).exchange()
        .expectStatus().isOk();
    await().atMost(WAIT).until(() -> kubelet.job(run, 1) == null);
    awaitState(job, run, "stopped");
  }
}
