package io.kiln.web.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.BuildProjector;
import io.kiln.projectors.DeploymentProjector;
import io.kiln.projectors.ModelProjector;
import io.kiln.projectors.Replays;
import io.kiln.projectors.UsageProjector;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.Rebuilds;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The model and deployment read models rebuild from the first event into the rows they held. */
class ModelReplayTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @BeforeEach
  void someHistory() {
    Models models = new Models(api);
    Person alice = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("Replay models")).get("id");
    Object model = models.create(alice, project, api.runtime("enabled")).get("id");
    models.buildVersion(alice, model);
    models.buildVersion(alice, model);
    for (String name : List.of("kept", "revoked")) {
      Object key = api.as(alice).post().uri("/api/v1/models/{m}/access-keys", model)
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name)).exchange()
          .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
      if (name.equals("revoked")) {
        api.as(alice).delete().uri("/api/v1/models/{m}/access-keys/{k}", model, key).exchange()
            .expectStatus().isNoContent();
      }
    }
    String profile = api.profile(250, 512, 0);
    Object serving = models.deploy(alice, model, 1, profile, 2).get("id");
    models.report(model, serving, 1, 2, 2);
    api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", model, serving)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 25)).exchange()
        .expectStatus().isOk();
    models.report(model, serving, 2, 3, 3);
    Object stopped = models.deploy(alice, model, 2, profile, 1).get("id");
    models.done(models.act(alice, model, stopped, "stop", null));
  }

  @Test
  void models() {
    rebuilds().rebuildsIdentically(ModelProjector.GROUP, "readmodel.model", "readmodel.model_version",
        "readmodel.model_access_key");
  }

  @Test
  void builds() {
    rebuilds().rebuildsIdentically(BuildProjector.GROUP, "readmodel.build");
  }

  @Test
  void deployments() {
    rebuilds().rebuildsIdentically(DeploymentProjector.GROUP, "readmodel.deployment");
  }

  @Test
  void usageWithDeployments() {
    await().atMost(Duration.ofSeconds(20)).until(() -> replays.caughtUp(UsageProjector.GROUP));
    assertThat(jdbc.queryForObject("select count(*) from readmodel.workload_usage where kind = 'MODEL_DEPLOYMENT'",
        Long.class)).isPositive();
    rebuilds().rebuildsIdentically(UsageProjector.GROUP, "readmodel.workload_usage");
  }

  private Rebuilds rebuilds() {
    return new Rebuilds(replays, jdbc);
  }
}
