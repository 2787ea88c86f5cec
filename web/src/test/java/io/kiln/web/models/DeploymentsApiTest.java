package io.kiln.web.models;

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
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.test.StepVerifier;

class DeploymentsApiTest extends KilnIntegrationTest {
  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS =
      new ParameterizedTypeReference<>() {};
  private Models models;
  private Person alice;
  private Object project;
  private Object model;
  private String profile;

  @BeforeEach
  void modelWithTwoVersions() {
    models = new Models(api);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Serving")).get("id");
    model = models.create(alice, project, api.runtime("enabled")).get("id");
    models.buildVersion(alice, model);
    models.buildVersion(alice, model);
    profile = api.profile(500, 1024, 0);
  }

  private static List<Map<String, Object>> traffic(Object... versionsAndPercents) {
    List<Map<String, Object>> shares = new java.util.ArrayList<>();
    for (int i = 0; i < versionsAndPercents.length; i += 2) {
      shares.add(Map.of("modelVersion", versionsAndPercents[i], "percent", versionsAndPercents[i + 1]));
    }
    return shares;
  }

  private Map<String, Object> usage() {
    return api.get(alice, "/api/v1/users/{u}/usage", alice.id());
  }

  /** Usage is read from its own read model, which follows shortly after. */
  @SuppressWarnings("unchecked")
  private void usesCpu(int cpuMillis) {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(((Map<String, Object>) usage().get("used")).get("cpuMillis")).isEqualTo(cpuMillis));
  }

  @Test
  void deployThreeReplicasScaleThenCanaryTenPercentAndPromote() {
    Map<String, Object> d = models.deploy(alice, model, 1, profile, 3);
    Object id = d.get("id");
    assertThat(d).containsEntry("state", "pending").containsEntry("modelVersion", 1).containsEntry("replicas", 3)
        .containsEntry("generation", 1).containsEntry("traffic", List.of()).containsEntry("readyReplicas", 0);
    usesCpu(1500);
    assertThat(usage().toString()).contains("kind=model_deployment");

    d = models.report(model, id, 1, 3, 3);
    assertThat(d).containsEntry("state", "deployed").containsEntry("readyReplicas", 3)
        .containsEntry("traffic", traffic(1, 100));

    d = models.done(models.act(alice, model, id, "scale", Map.of("replicas", 5)));
    assertThat(d).containsEntry("state", "deploying").containsEntry("replicas", 5).containsEntry("generation", 2)
        .containsEntry("traffic", traffic(1, 100));
    d = models.report(model, id, 2, 5, 5);
    assertThat(d).containsEntry("state", "deployed").containsEntry("readyReplicas", 5);

    d = models.done(api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", model, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 10)).exchange());
    assertThat(d).containsEntry("state", "deploying").containsEntry("canaryVersion", 2)
        .containsEntry("canaryPercent", 10).containsEntry("canaryReplicas", 1)
        .containsEntry("traffic", traffic(1, 100));
    d = models.report(model, id, 3, 6, 6);
    assertThat(d).containsEntry("state", "deployed").containsEntry("traffic", traffic(1, 90, 2, 10));
    usesCpu(3000);

    d = models.done(models.act(alice, model, id, "promote", null));
    assertThat(d).containsEntry("state", "deploying").containsEntry("modelVersion", 2)
        .doesNotContainKey("canaryVersion").containsEntry("traffic", traffic(1, 90, 2, 10));
    d = models.report(model, id, 4, 5, 5);
    assertThat(d).containsEntry("state", "deployed").containsEntry("traffic", traffic(2, 100));
    usesCpu(2500);
  }

  @Test
  void aNewVersionRollsOutWhileTheOldOneServes() {
    Object id = models.deploy(alice, model, 1, profile, 2).get("id");
    models.report(model, id, 1, 2, 2);
    Map<String, Object> d = models.done(models.act(alice, model, id, "deploy", Map.of("modelVersion", 2)));
    assertThat(d).containsEntry("state", "deploying").containsEntry("modelVersion", 2)
        .containsEntry("traffic", traffic(1, 100));
    assertThat(models.report(model, id, 1, 2, 2)).as("a report about the first rollout is stale")
        .containsEntry("state", "deploying").containsEntry("traffic", traffic(1, 100));
    assertThat(models.report(model, id, 2, 2, 1)).containsEntry("state", "deploying")
        .containsEntry("traffic", traffic(1, 100));
    assertThat(models.report(model, id, 2, 2, 2)).containsEntry("state", "deployed")
        .containsEntry("traffic", traffic(2, 100));
  }

  @Test
  void aCanaryRolledBackLeavesThePrimaryWithAllCalls() {
    Object id = models.deploy(alice, model, 1, profile, 4).get("id");
    models.report(model, id, 1, 4, 4);
    models.done(api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", model, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 50)).exchange());
    assertThat(models.report(model, id, 2, 6, 6)).containsEntry("traffic", traffic(1, 50, 2, 50));
    models.done(models.act(alice, model, id, "rollback", null));
    assertThat(models.report(model, id, 3, 4, 4)).containsEntry("traffic", traffic(1, 100))
        .containsEntry("modelVersion", 1).containsEntry("canaryReplicas", 0);
    expectProblem(models.act(alice, model, id, "promote", null), HttpStatus.CONFLICT, "INVALID_STATE");
  }

  @Test
  void stopAndRestart() {
    Object id = models.deploy(alice, model, 1, profile, 1).get("id");
    models.report(model, id, 1, 1, 1);
    assertThat(models.done(models.act(alice, model, id, "stop", null))).containsEntry("state", "stopping");
    // a repeated stop while stopping is the aggregate's fixture test's: on the suite's (mock) cluster the effector
    // reports the deployment stopped as soon as its Deployment is gone
    usesCpu(0);
    assertThat(models.done(models.act(api.admin(), model, id, "report", Map.of("state", "stopped"))))
        .containsEntry("state", "stopped").containsEntry("traffic", List.of());
    expectProblem(models.act(alice, model, id, "stop", null), HttpStatus.CONFLICT, "INVALID_STATE");
    assertThat(models.done(models.act(alice, model, id, "restart", null))).containsEntry("state", "pending")
        .containsEntry("generation", 2);
    usesCpu(500);
    assertThat(usage().toString()).contains(id.toString());
  }

  @Test
  void refusalsChangeNothing() {
    Object id = models.deploy(alice, model, 1, profile, 2).get("id");
    api.quota(alice, 2_000, 65_536, 0);
    Person viewer = api.newUser("user");
    api.setRole(alice, project, viewer, "viewer");
    Person stranger = api.newUser("user");
    long before = eventCount();
    expectProblem(models.act(alice, model, id, "scale", Map.of("replicas", 5)), HttpStatus.CONFLICT,
        "QUOTA_EXCEEDED").jsonPath("$.resource").isEqualTo("cpuMillis").jsonPath("$.requested").isEqualTo(1500)
        .jsonPath("$.inUse").isEqualTo(1000).jsonPath("$.limit").isEqualTo(2000);
    expectProblem(models.act(alice, model, id, "scale", Map.of("replicas", 33)), HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED");
    expectProblem(models.deploy(alice, model, Map.of("modelVersion", 1, "profileId", profile, "replicas", 0)),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    expectProblem(models.deploy(alice, model, Map.of("modelVersion", 7, "profileId", profile, "replicas", 1)),
        HttpStatus.NOT_FOUND, "MODEL_VERSION_NOT_FOUND");
    expectProblem(models.act(viewer, model, id, "stop", null), HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(models.act(stranger, model, id, "stop", null), HttpStatus.NOT_FOUND, "DEPLOYMENT_NOT_FOUND");
    expectProblem(models.act(alice, model, "00000000-0000-4000-8000-000000000000", "stop", null),
        HttpStatus.NOT_FOUND, "DEPLOYMENT_NOT_FOUND");
    expectProblem(models.act(alice, model, id, "report", Map.of("state", "deployed")), HttpStatus.FORBIDDEN,
        "FORBIDDEN");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void theLatestVersionIsDeployedUnlessOneIsNamed() {
    Map<String, Object> d = models.deploy(alice, model, Map.of("profileId", profile, "replicas", 1))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(d).containsEntry("modelVersion", 2);
  }

  @Test
  void theCollectionIsALiveStream() {
    Object id = models.deploy(alice, model, 1, profile, 2).get("id");
    var stream = api.as(alice).get().uri("/api/v1/models/{m}/deployments", model)
        .accept(MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .returnResult(EVENTS).getResponseBody();
    StepVerifier.create(stream)
        .assertNext(e -> assertThat(e.data()).containsEntry("id", id).containsEntry("state", "pending"))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(() -> models.report(model, id, 1, 2, 1))
        .thenConsumeWhile(e -> !"deploying".equals(e.data().get("state")))
        .assertNext(e -> assertThat(e.data()).containsEntry("id", id).containsEntry("state", "deploying"))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }
}
