package io.kiln.web.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.ApplicationProjector;
import io.kiln.projectors.CatalogProjector;
import io.kiln.projectors.QuotaProjector;
import io.kiln.projectors.Replays;
import io.kiln.projectors.SessionProjector;
import io.kiln.projectors.UsageProjector;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.Rebuilds;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Every workload read model rebuilds from the first event into the rows it held. */
class WorkloadReplayTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @BeforeEach
  void someHistory() {
    Person alice = api.newUser("user");
    api.quota(alice, 8000, 16_000, 1);
    Object project = api.createProject(alice, Api.uniqueName("Replay work")).get("id");
    String runtime = api.runtime("deprecated");
    String profile = api.profile(1000, 2000, 0);
    String session = (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    api.report("sessions", project, session, Map.of("state", "running", "url", "https://s"));
    api.startSession(alice, project, runtime, profile).expectStatus().isCreated();
    Object app = api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "App", "subdomain", "r-" + UUID.randomUUID().toString().substring(0, 8),
            "script", "app.py", "runtimeId", runtime, "profileId", profile))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    api.report("applications", project, app, Map.of("state", "failed", "reason", "CrashLoopBackOff"));
    api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:restart", project, app).exchange()
        .expectStatus().isOk();
  }

  @Test
  void catalog() {
    rebuilds().rebuildsIdentically(CatalogProjector.GROUP, "readmodel.runtime", "readmodel.resource_profile");
  }

  @Test
  void quotas() {
    rebuilds().rebuildsIdentically(QuotaProjector.GROUP, "readmodel.quota_limit");
  }

  @Test
  void usage() {
    rebuilds().rebuildsIdentically(UsageProjector.GROUP, "readmodel.workload_usage");
  }

  @Test
  void sessions() {
    rebuilds().rebuildsIdentically(SessionProjector.GROUP, "readmodel.session");
  }

  @Test
  void applications() {
    rebuilds().rebuildsIdentically(ApplicationProjector.GROUP, "readmodel.application");
  }

  private Rebuilds rebuilds() {
    return new Rebuilds(replays, jdbc);
  }
}
