package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A model deployed before local compute's model processor ever ran (an upgrade, or local compute enabled on a
 * workspace with a history): the new processor starts at the first event, so the deployment gets its replicas;
 * deployments of the history are neither started again nor doubled.
 */
class LocalWishesCatchUpTest extends LocalComputeIntegrationTest {
  private static final Duration UP = Duration.ofSeconds(90);
  private static final String GROUP = "local-models";

  @Autowired
  EventProcessingConfiguration processing;

  @AfterEach
  void processorRuns() {
    processor().start();
  }

  @Test
  void aDeploymentFromBeforeTheProcessorExistedGetsItsReplicas() {
    Person alice = api.newUser("user");
    String project = (String) api.createProject(alice, "Before " + unique()).get("id");
    upload(alice, project, "model.py", "def predict(x):\n    return {\"doubled\": x[\"n\"] * 2}\n");
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "early-" + unique(), "file", "model.py",
            "function", "predict", "runtimeId", pythonRuntime(null), "accessKeyRequired", false))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Object build = api.as(alice).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/projects/{p}/builds/{b}", project, build),
        b -> "succeeded".equals(b.get("state")));
    await().atMost(UP).until(() -> api.items(alice, "/api/v1/models/{m}/versions", model).size() == 1);

    processor().shutDown();
    String deployment = (String) api.as(alice).post().uri("/api/v1/models/{m}/deployments", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 1, "profileId",
            api.profile(500, 256, 0), "replicas", 1))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    assertThat(replicas(deployment)).isZero();
    List<String> liveBefore = live();
    jdbc.update("delete from eventstore.tokenentry where processorname = ?", GROUP);
    processor().start();

    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")));
    web.post().uri("/api/v1/models/{m}/predict", model).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("n", 4)).exchange().expectStatus().isOk().expectBody().jsonPath("$.doubled").isEqualTo(8);
    assertThat(replicas(deployment)).isOne();
    assertThat(live()).as("what ran before runs as it did").containsAll(liveBefore)
        .hasSize(liveBefore.size() + 1);
  }

  private TrackingEventProcessor processor() {
    return processing.eventProcessor(GROUP, TrackingEventProcessor.class).orElseThrow();
  }

  private long replicas(String deployment) {
    return jdbc.queryForObject("select count(*) from eventstore.local_workload where owner_id = ?", Long.class,
        deployment);
  }

  private List<String> live() {
    return jdbc.queryForList("select workload_key from eventstore.local_workload where kind = 'MODEL_REPLICA' "
        + "and status <> 'ended'", String.class);
  }
}
