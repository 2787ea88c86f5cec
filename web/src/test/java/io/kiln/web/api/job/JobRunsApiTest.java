package io.kiln.web.api.job;

import static io.kiln.web.api.job.JobApi.job;
import static io.kiln.web.api.job.JobApi.states;
import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Runs through HTTP: run now, the cluster's reports, stop, retries and timeouts, and who may do what. */
class JobRunsApiTest extends KilnIntegrationTest {
  private JobApi jobs;
  private JobApi.Catalog catalog;
  private Person alice;
  private Object project;

  @BeforeEach
  void setUp() {
    jobs = new JobApi(api);
    catalog = jobs.catalog(250);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Runs")).get("id");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> attempts(Map<String, Object> run) {
    return (List<Map<String, Object>>) run.get("attempts");
  }

  @Nested
  class RunNow {
    @Test
    void anOperatorRunsSomeonesJobWhichRecordsWhoAndWhatItStartedWith() {
      Person operator = api.newUser("user");
      api.setRole(alice, project, operator, "operator");
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of("arguments", List.of("--fast"))))
          .get("id");
      Map<String, Object> run = jobs.runNow(operator, project, jobId).expectStatus().isCreated()
          .expectHeader().exists("Location").expectBody(Api.JSON).returnResult().getResponseBody();
      assertThat(run).containsEntry("state", "scheduling").containsEntry("jobId", jobId)
          .containsEntry("ownerId", alice.id()).containsEntry("attempt", 1)
          .containsEntry("triggeredByUsername", operator.username())
          .containsEntry("runtimeId", catalog.runtimeId()).containsEntry("profileId", catalog.profileId())
          .containsEntry("script", "jobs/train.py").containsEntry("arguments", List.of("--fast"));
      assertThat(run.get("trigger")).isEqualTo(Map.of("kind", "manual", "userId", operator.id()));
      assertThat(run.get("resources")).isEqualTo(Map.of("cpuMillis", 250, "memoryMiB", 1024, "gpus", 0));
      assertThat(attempts(run)).singleElement().satisfies(a -> assertThat(a).containsEntry("number", 1)
          .containsEntry("state", "scheduling"));
      assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> api.get(alice, "/api/v1/projects/{p}/jobs/{j}",
              project, jobId), j -> run.get("id").equals(j.get("lastRunId"))))
          .as("the job's own read model follows the run's").containsEntry("lastRunState", "scheduling");
    }

    @Test
    void viewersSeeRunsButCannotStartOrStopThem() {
      Person viewer = api.newUser("user");
      api.setRole(alice, project, viewer, "viewer");
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      expectProblem(jobs.runNow(viewer, project, jobId), HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(api.as(viewer).post().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}:stop", project, jobId, runId)
          .exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(jobs.runs(viewer, project, jobId)).extracting(r -> r.get("id")).containsExactly(runId);
      expectProblem(api.as(api.newUser("user")).get().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}", project, jobId,
          runId).exchange(), HttpStatus.NOT_FOUND, "JOB_RUN_NOT_FOUND");
    }

    @Test
    void anUnknownRunOrJobIsNotFound() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      expectProblem(api.as(alice).get().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}", project, jobId,
          "0b0b0b0b-0000-4000-8000-000000000000").exchange(), HttpStatus.NOT_FOUND, "JOB_RUN_NOT_FOUND");
      expectProblem(jobs.runNow(alice, project, "0b0b0b0b-0000-4000-8000-000000000000"), HttpStatus.NOT_FOUND,
          "JOB_NOT_FOUND");
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void theClusterReportsARunToSuccessAndLateReportsChangeNothing() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      assertThat(jobs.reported(project, jobId, runId, "starting")).containsEntry("state", "starting");
      assertThat(jobs.reported(project, jobId, runId, "running")).containsEntry("state", "running");
      Map<String, Object> done = jobs.reported(project, jobId, runId, "succeeded");
      assertThat(done).containsEntry("state", "succeeded").containsKey("finishedAt");
      long before = eventCount();
      assertThat(jobs.reported(project, jobId, runId, "running")).containsEntry("state", "succeeded")
          .containsEntry("version", done.get("version"));
      assertThat(eventCount()).isEqualTo(before);
      assertThat(attempts(done)).singleElement().satisfies(a -> assertThat(a).containsEntry("state", "succeeded")
          .containsEntry("exitCode", 0));
    }

    @Test
    void onlyAdminsAndKilnReport() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs/{j}/runs/{r}:report", Map.of("state", "running"),
          project, jobId, runId), HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(jobs.report(project, jobId, runId, Map.of("state", "exploded")), HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED");
      expectProblem(jobs.report(project, jobId, runId, Map.of("state", "failed", "exitCode", 0)),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("exitCode");
    }

    @Test
    void aStoppedRunCannotBeStoppedAgain() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      jobs.reported(project, jobId, runId, "running");
      api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}:stop", project, jobId, runId).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("stopping")
          .jsonPath("$.stopReason").isEqualTo("user");
      assertThat(jobs.reported(project, jobId, runId, "stopped")).containsEntry("state", "stopped");
      expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}/runs/{r}:stop", project, jobId, runId)
          .exchange(), HttpStatus.CONFLICT, "INVALID_STATE");
    }

    @Test
    void aFailedAttemptIsRetriedAsANewAttemptOfTheSameRun() {
      Object jobId = jobs.create(alice, project, job("flaky", catalog, Map.of("retry",
          Map.of("maxAttempts", 2, "delaySeconds", 0, "on", List.of("script_failure"))))).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      jobs.reported(project, jobId, runId, "running");
      jobs.report(project, jobId, runId, Map.of("state", "failed", "attempt", 1, "exitCode", 3,
          "reason", "flaky network")).expectStatus().isOk();
      Map<String, Object> retried = jobs.awaitRuns(alice, project, jobId, runs -> runs.size() == 1
          && (int) runs.get(0).get("attempt") == 2).get(0);
      assertThat(retried).containsEntry("state", "scheduling").containsEntry("id", runId);
      assertThat(attempts(retried)).hasSize(2).first().satisfies(a -> assertThat(a).containsEntry("state", "failed")
          .containsEntry("failure", "script_failure").containsEntry("exitCode", 3)
          .containsEntry("reason", "flaky network"));
      expectProblem(jobs.report(project, jobId, runId, Map.of("state", "succeeded", "attempt", 0)),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
      assertThat(jobs.report(project, jobId, runId, Map.of("state", "succeeded", "attempt", 1))
          .expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody())
          .containsEntry("state", "scheduling");
      assertThat(jobs.report(project, jobId, runId, Map.of("state", "succeeded", "attempt", 2))
          .expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody())
          .containsEntry("state", "succeeded");
    }

    @Test
    void aRunStillGoingAtItsTimeoutTimesOut() {
      Object jobId = jobs.create(alice, project, job("slow", catalog, Map.of("timeoutSeconds", 1))).get("id");
      Object runId = jobs.run(alice, project, jobId).get("id");
      jobs.reported(project, jobId, runId, "running");
      Map<String, Object> run = jobs.awaitRuns(alice, project, jobId, states("timedout")).get(0);
      assertThat(run).containsEntry("failure", "timeout");
      await().atMost(Duration.ofSeconds(10)).until(() -> api.get(alice, "/api/v1/projects/{p}/jobs/{j}", project,
          jobId), j -> "timedout".equals(j.get("lastRunState")));
    }
  }
}
