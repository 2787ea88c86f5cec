package io.kiln.web.api.job;

import static io.kiln.web.api.job.JobApi.dependent;
import static io.kiln.web.api.job.JobApi.job;
import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Jobs through HTTP: define, read, change, pause, delete; who may; what is refused. */
class JobsApiTest extends KilnIntegrationTest {
  private static final Map<String, Object> NIGHTLY = Map.of("trigger", Map.of("type", "cron",
      "cron", "30 2 * * *", "timeZone", "Europe/Berlin", "concurrency", "forbid"));
  private JobApi jobs;
  private JobApi.Catalog catalog;
  private Person alice;
  private Object project;

  @BeforeEach
  void setUp() {
    jobs = new JobApi(api);
    catalog = jobs.catalog(500);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Jobs")).get("id");
  }

  private WebTestClient.ResponseSpec patch(Person who, Object jobId, Map<String, ?> body) {
    return api.as(who).patch().uri("/api/v1/projects/{p}/jobs/{j}", project, jobId)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  @Nested
  class Define {
    @Test
    void aContributorDefinesACronJobAndEveryoneInTheProjectSeesIt() {
      Person contributor = api.newUser("user");
      Person viewer = api.newUser("user");
      api.setRole(alice, project, contributor, "contributor");
      api.setRole(alice, project, viewer, "viewer");
      Map<String, Object> created = jobs.post(contributor, "/api/v1/projects/{p}/jobs", job("nightly", catalog,
              Map.of("trigger", NIGHTLY.get("trigger"), "arguments", List.of("--full"),
                  "retry", Map.of("maxAttempts", 3, "delaySeconds", 30, "on", List.of("system_failure")),
                  "notifications", Map.of("failed", List.of("oncall@example.com")))), project)
          .expectStatus().isCreated()
          .expectHeader().exists("Location")
          .expectHeader().valueEquals("ETag", "\"0\"")
          .expectBody(Api.JSON).returnResult().getResponseBody();
      assertThat(created).containsEntry("name", "nightly").containsEntry("ownerId", contributor.id())
          .containsEntry("script", "jobs/nightly.py").containsEntry("timeoutSeconds", 86_400)
          .containsEntry("paused", false).containsKey("nextRunAt");
      assertThat(created.get("trigger")).isEqualTo(Map.of("type", "cron", "cron", "30 2 * * *",
          "timeZone", "Europe/Berlin", "concurrency", "forbid"));
      assertThat(created.get("retry")).isEqualTo(Map.of("maxAttempts", 3, "delaySeconds", 30,
          "on", List.of("system_failure")));
      assertThat(created.get("notifications")).extracting("failed").isEqualTo(List.of("oncall@example.com"));
      assertThat(api.get(viewer, "/api/v1/projects/{p}/jobs/{j}", project, created.get("id")))
          .containsEntry("runtimeId", catalog.runtimeId()).containsEntry("profileId", catalog.profileId());
      assertThat(api.items(viewer, "/api/v1/projects/{p}/jobs", project)).extracting(j -> j.get("name"))
          .containsExactly("nightly");
    }

    @Test
    void aManualJobGetsTheDefaults() {
      Map<String, Object> created = jobs.create(alice, project, job("once", catalog, Map.of()));
      assertThat(created.get("trigger")).isEqualTo(Map.of("type", "manual"));
      assertThat(created.get("retry")).isEqualTo(Map.of("maxAttempts", 1, "delaySeconds", 0, "on", List.of()));
      assertThat(created).containsEntry("arguments", List.of()).containsEntry("environment", Map.of())
          .doesNotContainKey("nextRunAt");
    }

    @Test
    void aMalformedCronExpressionIsRefusedAndChangesNothing() {
      long before = eventCount();
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("bad", catalog, Map.of("trigger",
              Map.of("type", "cron", "cron", "0 25 * * *"))), project), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
          .jsonPath("$.errors[0].field").isEqualTo("trigger.cron")
          .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("hour"));
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("bad", catalog, Map.of("trigger",
              Map.of("type", "cron", "cron", "0 3 * * *", "timeZone", "Moon/Base"))), project),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("trigger.timeZone");
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("bad", catalog, Map.of("trigger",
          Map.of("type", "hourly"))), project), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
          .jsonPath("$.errors[0].field").isEqualTo("trigger.type");
      assertThat(eventCount()).isEqualTo(before);
      assertThat(api.items(alice, "/api/v1/projects/{p}/jobs", project)).isEmpty();
    }

    @Test
    void unknownFieldsAreMalformed() {
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("odd", catalog,
          Map.of("schedule", "daily")), project), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
    }

    @Test
    void namesAreUniqueInAProject() {
      jobs.create(alice, project, job("train", catalog, Map.of()));
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("TRAIN", catalog, Map.of()), project),
          HttpStatus.CONFLICT, "JOB_NAME_TAKEN");
    }

    @Test
    void operatorsAndViewersCannotDefineJobsStrangersDoNotSeeTheProject() {
      Person operator = api.newUser("user");
      api.setRole(alice, project, operator, "operator");
      expectProblem(jobs.post(operator, "/api/v1/projects/{p}/jobs", job("mine", catalog, Map.of()), project),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(jobs.post(api.newUser("user"), "/api/v1/projects/{p}/jobs", job("mine", catalog, Map.of()),
          project), HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
      expectProblem(api.as(api.newUser("user")).get().uri("/api/v1/projects/{p}/jobs", project).exchange(),
          HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    }
  }

  @Nested
  class Dependencies {
    @Test
    void aDependencyThatWouldCloseACycleIsRefused() {
      Object a = jobs.create(alice, project, job("a", catalog, Map.of())).get("id");
      Object b = jobs.create(alice, project, job("b", catalog, dependent((String) a))).get("id");
      Object c = jobs.create(alice, project, job("c", catalog, dependent((String) b))).get("id");
      long before = eventCount();
      expectProblem(patch(alice, a, dependent((String) c)), HttpStatus.CONFLICT, "DEPENDENCY_CYCLE")
          .jsonPath("$.detail").value(d -> assertThat((String) d).contains("a → c → b → a"));
      expectProblem(patch(alice, a, dependent((String) a)), HttpStatus.CONFLICT, "DEPENDENCY_CYCLE");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void parentsMustBeJobsOfTheSameProject() {
      Object other = api.createProject(alice, Api.uniqueName("Other")).get("id");
      Object elsewhere = jobs.create(alice, other, job("elsewhere", catalog, Map.of())).get("id");
      expectProblem(jobs.post(alice, "/api/v1/projects/{p}/jobs", job("child", catalog,
              dependent((String) elsewhere)), project), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
          .jsonPath("$.errors[0].field").isEqualTo("trigger.parentJobIds");
    }

    @Test
    void aParentCannotBeDeletedWhileOthersDependOnIt() {
      Object a = jobs.create(alice, project, job("a", catalog, Map.of())).get("id");
      jobs.create(alice, project, job("b", catalog, dependent((String) a)));
      expectProblem(api.as(alice).delete().uri("/api/v1/projects/{p}/jobs/{j}", project, a).exchange(),
          HttpStatus.CONFLICT, "INVALID_STATE");
    }
  }

  @Nested
  class Change {
    @Test
    void aContributorRenamesAndReschedulesOnlyAtTheVersionTheyRead() {
      Map<String, Object> created = jobs.create(alice, project, job("report", catalog, Map.of()));
      patch(alice, created.get("id"), Map.of("name", "weekly report", "trigger", Map.of("type", "cron",
              "cron", "0 7 * * MON")))
          .expectStatus().isOk()
          .expectHeader().valueEquals("ETag", "\"2\"")
          .expectBody().jsonPath("$.name").isEqualTo("weekly report")
          .jsonPath("$.trigger.cron").isEqualTo("0 7 * * MON")
          .jsonPath("$.nextRunAt").isNotEmpty();
      expectProblem(api.as(alice).patch().uri("/api/v1/projects/{p}/jobs/{j}", project, created.get("id"))
          .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "stale")).exchange(), HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION");
    }

    @Test
    void operatorsCannotChangeJobs() {
      Person operator = api.newUser("user");
      api.setRole(alice, project, operator, "operator");
      Object id = jobs.create(alice, project, job("keep", catalog, Map.of())).get("id");
      expectProblem(patch(operator, id, Map.of("name", "mine")), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void pauseAndResume() {
      Object id = jobs.create(alice, project, job("nightly", catalog, NIGHTLY)).get("id");
      api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:pause", project, id).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.paused").isEqualTo(true)
          .jsonPath("$.nextRunAt").doesNotExist();
      expectProblem(jobs.runNow(alice, project, id), HttpStatus.CONFLICT, "JOB_PAUSED");
      api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:resume", project, id).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.paused").isEqualTo(false)
          .jsonPath("$.nextRunAt").isNotEmpty();
    }

    @Test
    void aDeletedJobIsGone() {
      Object id = jobs.create(alice, project, job("temp", catalog, Map.of())).get("id");
      api.as(alice).delete().uri("/api/v1/projects/{p}/jobs/{j}", project, id).exchange()
          .expectStatus().isNoContent();
      expectProblem(api.as(alice).get().uri("/api/v1/projects/{p}/jobs/{j}", project, id).exchange(),
          HttpStatus.NOT_FOUND, "JOB_NOT_FOUND");
      assertThat(api.items(alice, "/api/v1/projects/{p}/jobs", project)).isEmpty();
      jobs.create(alice, project, job("temp", catalog, Map.of()));
    }

    @Test
    void deleteIsRefusedWhileARunIsActiveUnlessForced() {
      Object id = jobs.create(alice, project, job("busy", catalog, Map.of())).get("id");
      Object run = jobs.run(alice, project, id).get("id");
      expectProblem(api.as(alice).delete().uri("/api/v1/projects/{p}/jobs/{j}", project, id).exchange(),
          HttpStatus.CONFLICT, "JOB_RUN_ACTIVE");
      api.as(alice).delete().uri("/api/v1/projects/{p}/jobs/{j}?force=true", project, id).exchange()
          .expectStatus().isNoContent();
      // asked to stop; on the suite's (mock) cluster the effector deletes its Job at once and reports it stopped
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
          "select state from readmodel.job_run where run_id = ?::uuid", String.class, run),
          state -> "STOPPING".equals(state) || "STOPPED".equals(state));
    }
  }
}
