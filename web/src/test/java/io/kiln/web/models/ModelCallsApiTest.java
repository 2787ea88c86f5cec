package io.kiln.web.models;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.infra.workload.ModelReplicas;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls to a deployed model through Kiln, to real HTTP replicas that the Kubernetes replica port finds as pods. */
class ModelCallsApiTest extends KilnIntegrationTest {
  private static final Duration INFORMED = Duration.ofSeconds(20);
  private final List<FakeReplica> replicas = new ArrayList<>();
  @Autowired
  private List<ModelReplicas> engines;
  private Models models;
  private Person alice;
  private Object project;
  private Map<String, Object> model;
  private Object modelId;
  private String profile;
  private Object deployment;
  private FakeReplica first;
  private FakeReplica second;
  private String key;

  @BeforeEach
  void deployedModelWithTwoReplicas() {
    models = new Models(api);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Serving")).get("id");
    model = models.create(alice, project, api.runtime("enabled"));
    modelId = model.get("id");
    models.buildVersion(alice, modelId);
    models.buildVersion(alice, modelId);
    profile = api.profile(500, 1024, 0);
    deployment = models.deploy(alice, modelId, 1, profile, 2).get("id");
    models.report(modelId, deployment, 1, 2, 2);
    first = replica("v1-a");
    second = replica("v1-b");
    ReplicaPods.ready(deployment, 1, first.port());
    ReplicaPods.ready(deployment, 1, second.port());
    key = (String) api.as(alice).post().uri("/api/v1/models/{m}/access-keys", modelId).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("key");
    await().atMost(INFORMED).until(() -> ready(deployment, 1) == 2);
  }

  /** How many replicas of the version Kiln's model route sees ready (once the cluster's pods reached its cache). */
  private int ready(Object deploymentId, int version) {
    return engines.stream().mapToInt(engine -> engine.ready(deploymentId.toString(), version).size()).sum();
  }

  @AfterEach
  void stopReplicas() {
    replicas.forEach(FakeReplica::close);
  }

  private FakeReplica replica(String name) {
    FakeReplica replica = FakeReplica.start(name);
    replicas.add(replica);
    return replica;
  }

  private WebTestClient.ResponseSpec call(String uri, String header, String value, int x, Object... vars) {
    var request = web.post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON);
    if (header != null) {
      request = request.header(header, value);
    }
    return request.bodyValue(Map.of("x", x)).exchange();
  }

  private WebTestClient.ResponseSpec callWithKey(int x) {
    return call("/api/v1/models/{m}/predict", "X-Kiln-Model-Key", key, x, modelId);
  }

  private int forwarded() {
    return replicas.stream().mapToInt(FakeReplica::calls).sum();
  }

  @Test
  void aCallWithoutTheKeyOrWithAnotherKeyIsRefusedAndNeverForwarded() {
    int before = forwarded();
    long events = eventCount();
    expectProblem(call("/api/v1/models/{m}/predict", null, null, 21, modelId), HttpStatus.UNAUTHORIZED,
        "MODEL_KEY_REQUIRED");
    expectProblem(call("/api/v1/models/{m}/predict", "Authorization", "Bearer " + alice.key(), 21, modelId),
        HttpStatus.FORBIDDEN, "MODEL_KEY_REFUSED");
    expectProblem(call("/api/v1/models/{m}/predict", "X-Kiln-Model-Key", "kmk_" + "x".repeat(43), 21, modelId),
        HttpStatus.FORBIDDEN, "MODEL_KEY_REFUSED");
    expectProblem(call("/model/{n}", null, null, 21, model.get("name")), HttpStatus.UNAUTHORIZED,
        "MODEL_KEY_REQUIRED");
    expectProblem(call("/api/v1/models/{m}/predict", "X-Kiln-Model-Key", key, 21, "not-a-model"),
        HttpStatus.NOT_FOUND, "MODEL_NOT_FOUND");
    assertThat(forwarded()).isEqualTo(before);
    assertThat(eventCount()).isEqualTo(events);
  }

  @Test
  void withItsKeyTheModelAnswersByIdAndByNameBalancedOverItsReplicas() {
    callWithKey(21).expectStatus().isOk().expectHeader().valueEquals("X-Kiln-Model-Version", "1")
        .expectBody().jsonPath("$.y").isEqualTo(42);
    call("/api/v1/models/{m}/predict", "Authorization", "Bearer " + key, 5, modelId).expectStatus().isOk()
        .expectBody().jsonPath("$.y").isEqualTo(10);
    call("/model/{n}", "X-Kiln-Model-Key", key, 7, model.get("name")).expectStatus().isOk()
        .expectBody().jsonPath("$.y").isEqualTo(14);
    call("/model/{o}/{p}/{n}", "X-Kiln-Model-Key", key, 8, alice.username(), api.get(alice,
        "/api/v1/projects/{p}", project).get("name"), model.get("name").toString().toUpperCase())
        .expectStatus().isOk().expectBody().jsonPath("$.y").isEqualTo(16);
    call("/api/v1/models/{m}/predict", "X-Kiln-Model-Key", key, 0, modelId).expectStatus().isOk();

    int a = first.calls();
    int b = second.calls();
    for (int i = 0; i < 10; i++) {
      callWithKey(i).expectStatus().isOk();
    }
    assertThat(first.calls() - a).isEqualTo(5);
    assertThat(second.calls() - b).isEqualTo(5);
  }

  @Test
  void aModelAnswerOfBadInputComesBackAsTheModelGaveIt() {
    web.post().uri("/api/v1/models/{m}/predict", modelId).header("X-Kiln-Model-Key", key)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("z", 1)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("x is missing");
  }

  @Test
  void aModelThatNeedsNoKeyTakesCallsWithoutOne() {
    api.as(alice).patch().uri("/api/v1/models/{m}", modelId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("accessKeyRequired", false)).exchange().expectStatus().isOk();
    call("/api/v1/models/{m}/predict", null, null, 4, modelId).expectStatus().isOk()
        .expectBody().jsonPath("$.y").isEqualTo(8);
  }

  @Test
  void aCanaryOfTwentyFivePercentTakesExactlyAQuarterOfTheCalls() {
    FakeReplica canary = replica("v2");
    models.done(api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", modelId, deployment)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 25)).exchange());
    ReplicaPods.ready(deployment, 2, canary.port());
    models.report(modelId, deployment, 2, 3, 3);
    await().atMost(INFORMED).until(() -> ready(deployment, 2) == 1);

    int primaryBefore = first.calls() + second.calls();
    int canaryBefore = canary.calls();
    for (int i = 0; i < 100; i++) {
      callWithKey(i).expectStatus().isOk().expectBody().jsonPath("$.y").isEqualTo(2 * i);
    }
    assertThat(canary.calls() - canaryBefore).isEqualTo(25);
    assertThat(first.calls() + second.calls() - primaryBefore).isEqualTo(75);
  }

  @Test
  void withNoReadyReplicaTheAnswerIs503() {
    Object undeployed = models.create(alice, project, api.runtime("enabled")).get("id");
    patchNoKey(undeployed);
    expectProblem(call("/api/v1/models/{m}/predict", null, null, 1, undeployed), HttpStatus.SERVICE_UNAVAILABLE,
        "MODEL_UNAVAILABLE");

    models.buildVersion(alice, undeployed);
    Object d = models.deploy(alice, undeployed, 1, profile, 1).get("id");
    models.report(undeployed, d, 1, 1, 1);
    expectProblem(call("/api/v1/models/{m}/predict", null, null, 1, undeployed), HttpStatus.SERVICE_UNAVAILABLE,
        "MODEL_UNAVAILABLE").jsonPath("$.modelVersion").isEqualTo(1);
  }

  @Test
  void aReplicaThatIsDownOrFailsIs502() {
    Object other = models.create(alice, project, api.runtime("enabled")).get("id");
    patchNoKey(other);
    models.buildVersion(alice, other);
    Object d = models.deploy(alice, other, 1, profile, 1).get("id");
    models.report(other, d, 1, 1, 1);
    ReplicaPods.ready(d, 1, FakeReplica.deadPort());
    await().atMost(INFORMED).until(() -> ready(d, 1) == 1);
    expectProblem(call("/api/v1/models/{m}/predict", null, null, 1, other), HttpStatus.BAD_GATEWAY, "MODEL_FAILED")
        .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("could not be reached"));

    first.fail();
    second.fail();
    expectProblem(callWithKey(3), HttpStatus.BAD_GATEWAY, "MODEL_FAILED")
        .jsonPath("$.replicaStatus").isEqualTo(500)
        .jsonPath("$.replicaAnswer").value(answer -> assertThat(answer.toString()).contains("ZeroDivisionError"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void callsShowInTheModelsReadModelAndInTheMetrics() {
    for (int i = 0; i < 4; i++) {
      callWithKey(i).expectStatus().isOk();
    }
    first.fail();
    second.fail();
    callWithKey(1).expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY);

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Map<String, Object> serving = (Map<String, Object>) api.get(alice, "/api/v1/models/{m}", modelId)
          .get("serving");
      assertThat(((Number) serving.get("requests")).longValue()).isEqualTo(5);
      assertThat(((Number) serving.get("errors")).longValue()).isEqualTo(1);
      assertThat(serving).containsKeys("meanLatencyMs", "p50LatencyMs", "p95LatencyMs", "lastCallAt");
      assertThat((List<Map<String, Object>>) serving.get("versions")).singleElement()
          .satisfies(v -> assertThat(v).containsEntry("modelVersion", 1).containsEntry("requests", 5)
              .containsEntry("errors", 1));
    });

    Map<String, Object> success = api.get(api.admin(),
        "/actuator/metrics/kiln.model.requests?tag=model:{m}&tag=outcome:success", modelId);
    assertThat(success.get("measurements").toString()).contains("statistic=COUNT, value=4.0");
    Map<String, Object> failed = api.get(api.admin(), "/actuator/metrics/kiln.model.errors?tag=model:{m}", modelId);
    assertThat(failed.get("measurements").toString()).contains("statistic=COUNT, value=1.0");
    expectProblem(api.as(alice).get().uri("/actuator/metrics/kiln.model.requests").exchange(), HttpStatus.FORBIDDEN,
        "FORBIDDEN");
    web.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void aBareNameSharedByTwoModelsIsAmbiguousTheQualifiedRouteIsNot() {
    Person bob = api.newUser("user");
    Object bobsProject = api.createProject(bob, Api.uniqueName("Elsewhere")).get("id");
    models.create(bob, bobsProject, Map.of("name", model.get("name"), "file", "model/serve.py",
        "function", "predict", "runtimeId", api.runtime("enabled"))).expectStatus().isCreated();
    expectProblem(call("/model/{n}", "X-Kiln-Model-Key", key, 1, model.get("name")), HttpStatus.CONFLICT,
        "MODEL_NAME_AMBIGUOUS");
    call("/model/{o}/{p}/{n}", "X-Kiln-Model-Key", key, 2, alice.username(),
        api.get(alice, "/api/v1/projects/{p}", project).get("name"), model.get("name"))
        .expectStatus().isOk().expectBody().jsonPath("$.y").isEqualTo(4);
    expectProblem(call("/model/{o}/{p}/{n}", null, null, 2, bob.username(), "nothing", model.get("name")),
        HttpStatus.NOT_FOUND, "MODEL_NOT_FOUND");
  }

  private void patchNoKey(Object id) {
    api.as(alice).patch().uri("/api/v1/models/{m}", id).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("accessKeyRequired", false)).exchange().expectStatus().isOk();
  }
}
