package io.kiln.web.api.job;

import static io.kiln.web.api.job.JobApi.dependent;
import static io.kiln.web.api.job.JobApi.job;
import static io.kiln.web.api.job.JobApi.states;
import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Jobs working together through HTTP and SSE: a diamond of dependencies, quota exhaustion, live collections. */
class JobFlowsApiTest extends KilnIntegrationTest {
  @LocalServerPort
  private int port;
  private JobApi jobs;
  private JobApi.Catalog catalog;
  private Person alice;
  private Object project;

  @BeforeEach
  void setUp() {
    jobs = new JobApi(api);
    catalog = jobs.catalog(100);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Flows")).get("id");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> trigger(Map<String, Object> run) {
    return (Map<String, Object>) run.get("trigger");
  }

  @Nested
  class Diamond {
    private Object a;
    private Object b;
    private Object c;
    private Object d;

    @BeforeEach
    void diamond() {
      a = jobs.create(alice, project, job("extract", catalog, Map.of())).get("id");
      b = jobs.create(alice, project, job("features", catalog, dependent((String) a))).get("id");
      c = jobs.create(alice, project, job("labels", catalog, dependent((String) a))).get("id");
      d = jobs.create(alice, project, job("train", catalog, dependent((String) b, (String) c))).get("id");
    }

    private Object succeed(Object jobId, Object runId) {
      jobs.reported(project, jobId, runId, "running");
      jobs.reported(project, jobId, runId, "succeeded");
      return runId;
    }

    @Test
    void theJoinRunsOnceAfterBothBranchesSucceeded() {
      Object aRun = succeed(a, jobs.run(alice, project, a).get("id"));
      Map<String, Object> bRun = jobs.awaitRuns(alice, project, b, states("scheduling")).get(0);
      Map<String, Object> cRun = jobs.awaitRuns(alice, project, c, states("scheduling")).get(0);
      assertThat(trigger(bRun)).containsEntry("kind", "parent").containsEntry("parentJobId", a)
          .containsEntry("parentRunId", aRun);
      assertThat(jobs.runs(alice, project, d)).isEmpty();

      succeed(b, bRun.get("id"));
      succeed(c, cRun.get("id"));
      Map<String, Object> dRun = jobs.awaitRuns(alice, project, d, states("scheduling")).get(0);
      assertThat(trigger(dRun)).containsEntry("kind", "parent").containsEntry("parentRunId", cRun.get("id"));

      // a further success of one branch alone does not start the join; with the other branch it does
      succeed(c, jobs.run(alice, project, c).get("id"));
      Object bAgain = succeed(b, jobs.run(alice, project, b).get("id"));
      List<Map<String, Object>> dRuns = jobs.awaitRuns(alice, project, d, runs -> runs.size() >= 2);
      assertThat(dRuns).hasSize(2);
      assertThat(trigger(dRuns.get(0))).containsEntry("parentRunId", bAgain);
    }

    @Test
    void aFailedRootSkipsEveryJobAfterItOnce() {
      Object aRun = jobs.run(alice, project, a).get("id");
      jobs.report(project, a, aRun, Map.of("state", "failed", "exitCode", 1, "reason", "no input"))
          .expectStatus().isOk();
      Map<String, Object> bRun = jobs.awaitRuns(alice, project, b, states("skipped")).get(0);
      assertThat(bRun).containsEntry("skipReason", "parent_failed");
      assertThat(trigger(bRun)).containsEntry("rootRunId", aRun);
      jobs.awaitRuns(alice, project, c, states("skipped"));
      Map<String, Object> dRun = jobs.awaitRuns(alice, project, d, states("skipped")).get(0);
      assertThat(trigger(dRun)).containsEntry("rootRunId", aRun);
      Object later = jobs.run(alice, project, a).get("id");
      assertThat(later).isNotNull();
      assertThat(jobs.runs(alice, project, d)).hasSize(1);
    }
  }

  @Nested
  class Quota {
    @Test
    void runsExhaustTheOwnersQuotaAndTheRefusalSaysWhy() {
      api.as(api.admin()).put().uri("/api/v1/users/{id}/quota", alice.id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("cpuMillis", 200, "memoryMiB", 65_536, "gpus", 0)).exchange().expectStatus().isOk();
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object first = jobs.run(alice, project, jobId).get("id");
      jobs.run(alice, project, jobId);
      long before = eventCount();
      expectProblem(jobs.runNow(alice, project, jobId), HttpStatus.CONFLICT, "QUOTA_EXCEEDED")
          .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("CPU").contains("asked 100")
              .contains("using 200 of 200"));
      assertThat(eventCount()).isEqualTo(before);
      assertThat(api.get(alice, "/api/v1/users/{id}/usage", alice.id()).toString()).contains("job_run");

      jobs.reported(project, jobId, first, "succeeded");
      jobs.run(alice, project, jobId);
    }

    @Test
    void twoRunsRacingForTheLastOfAQuotaOneWins() throws Exception {
      api.as(api.admin()).put().uri("/api/v1/users/{id}/quota", alice.id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("cpuMillis", 100, "memoryMiB", 65_536, "gpus", 0)).exchange().expectStatus().isOk();
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      CyclicBarrier start = new CyclicBarrier(2);
      List<CompletableFuture<Integer>> racers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        racers.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return jobs.runNow(alice, project, jobId).returnResult(String.class).getStatus().value();
        }));
      }
      List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
      assertThat(statuses).containsExactly(201, 409);
      assertThat(jobs.runs(alice, project, jobId)).hasSize(1);
    }

    @Test
    void aDependentRunOverQuotaIsRecordedAsSkipped() {
      api.as(api.admin()).put().uri("/api/v1/users/{id}/quota", alice.id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("cpuMillis", 200, "memoryMiB", 65_536, "gpus", 0)).exchange().expectStatus().isOk();
      JobApi.Catalog big = jobs.catalog(150);
      Object parent = jobs.create(alice, project, job("parent", catalog, Map.of())).get("id");
      Object child = jobs.create(alice, project, job("child", big, dependent((String) parent))).get("id");
      Object blocker = jobs.create(alice, project, job("blocker", catalog, Map.of())).get("id");
      jobs.run(alice, project, blocker);
      Object parentRun = jobs.run(alice, project, parent).get("id");
      jobs.reported(project, parent, parentRun, "succeeded");
      Map<String, Object> skipped = jobs.awaitRuns(alice, project, child, states("skipped")).get(0);
      assertThat(skipped).containsEntry("skipReason", "quota_exceeded");
      assertThat((String) skipped.get("reason")).contains("asked 150").contains("using 100 of 200");
    }
  }

  @Nested
  class Live {
    @Test
    void theRunsCollectionStreamsCurrentRunsThenEveryChange() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      Object first = jobs.run(alice, project, jobId).get("id");
      try (LiveStream stream = new LiveStream(port, alice.key(), "/api/v1/projects/{p}/jobs/{j}/runs",
          project, jobId)) {
        assertThat(stream.awaitCurrentItems()).extracting(r -> r.get("id")).containsExactly(first);
        jobs.reported(project, jobId, first, "running");
        stream.awaitItem(r -> first.equals(r.get("id")) && "running".equals(r.get("state")));
        Object second = jobs.run(alice, project, jobId).get("id");
        var event = stream.awaitItem(r -> second.equals(r.get("id")));
        assertThat(event.id()).isEqualTo(second + ":0");
      }
    }

    @Test
    void theJobsCollectionStreamsNewJobsAndTheirLatestRun() {
      Person viewer = api.newUser("user");
      api.setRole(alice, project, viewer, "viewer");
      try (LiveStream stream = new LiveStream(port, viewer.key(), "/api/v1/projects/{p}/jobs", project)) {
        assertThat(stream.awaitCurrentItems()).isEmpty();
        Object jobId = jobs.create(alice, project, job("nightly", catalog, Map.of("trigger",
            Map.of("type", "cron", "cron", "@daily")))).get("id");
        stream.awaitItem(j -> jobId.equals(j.get("id")) && j.get("nextRunAt") != null);
        Object run = jobs.run(alice, project, jobId).get("id");
        jobs.reported(project, jobId, run, "running");
        stream.awaitItem(j -> run.equals(j.get("lastRunId")) && "running".equals(j.get("lastRunState")));
      }
    }

    @Test
    void strangersCannotWatch() {
      Object jobId = jobs.create(alice, project, job("train", catalog, Map.of())).get("id");
      expectProblem(api.as(api.newUser("user")).get().uri("/api/v1/projects/{p}/jobs/{j}/runs", project, jobId)
          .accept(MediaType.TEXT_EVENT_STREAM).exchange(), HttpStatus.NOT_FOUND, "JOB_NOT_FOUND");
    }
  }
}
