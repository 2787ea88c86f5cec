package io.kiln.web.nodepools;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.projectors.NodePoolProjector;
import io.kiln.projectors.Replays;
import io.kiln.k8s.nodepools.NodePoolScaler;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.Rebuilds;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code /api/v1/admin/node-pools}: administrators manage pools, auditors read them, nobody else sees them. */
class NodePoolsApiTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @Autowired
  NodePoolScaler scaler;

  private static String name() {
    return "pool-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> body(String name, int min, int max) {
    Map<String, Object> body = new HashMap<>(Map.of("machineDeployment", "md-" + name, "namespace", "capi-system",
        "min", min, "max", max));
    if (name != null) {
      body.put("name", name);
    }
    return body;
  }

  private WebTestClient.ResponseSpec define(Person who, Map<String, Object> body) {
    return api.as(who).post().uri("/api/v1/admin/node-pools").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  @Nested
  class Manage {
    @Test
    void anAdminDefinesChangesAndDeletesAPool() {
      String name = name();
      define(api.admin(), body(name, 1, 3)).expectStatus().isCreated()
          .expectHeader().location("/api/v1/admin/node-pools/" + name)
          .expectBody().jsonPath("$.name").isEqualTo(name).jsonPath("$.nodeLabel").isEqualTo(name)
          .jsonPath("$.min").isEqualTo(1).jsonPath("$.max").isEqualTo(3);
      api.as(api.admin()).put().uri("/api/v1/admin/node-pools/{n}", name).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body(null, 0, 8)).exchange().expectStatus().isOk()
          .expectBody().jsonPath("$.max").isEqualTo(8);
      Person auditor = api.newUser("auditor");
      assertThat(api.items(auditor, "/api/v1/admin/node-pools")).extracting(p -> p.get("name")).contains(name);
      api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", name).exchange().expectStatus()
          .isNoContent();
      expectProblem(api.as(api.admin()).get().uri("/api/v1/admin/node-pools/{n}", name).exchange(),
          HttpStatus.NOT_FOUND, "NODE_POOL_NOT_FOUND");
      define(api.admin(), body(name, 0, 2)).expectStatus().isCreated();
      api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", name).exchange().expectStatus()
          .isNoContent();
    }
  }

  @Nested
  class Refusals {
    @Test
    void minAboveMaxIsRefusedAndChangesNothing() {
      long before = eventCount();
      expectProblem(define(api.admin(), body(name(), 5, 2)), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
          .jsonPath("$.errors[0].field").isEqualTo("min");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void changingAnUnknownPoolIsNotFoundAndChangesNothing() {
      long before = eventCount();
      expectProblem(api.as(api.admin()).put().uri("/api/v1/admin/node-pools/{n}", name())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(body(null, 0, 2)).exchange(), HttpStatus.NOT_FOUND,
          "NODE_POOL_NOT_FOUND");
      expectProblem(api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", name()).exchange(),
          HttpStatus.NOT_FOUND, "NODE_POOL_NOT_FOUND");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTakenNameIsRefused() {
      String name = name();
      define(api.admin(), body(name, 0, 2)).expectStatus().isCreated();
      long before = eventCount();
      expectProblem(define(api.admin(), body(name, 0, 4)), HttpStatus.CONFLICT, "NODE_POOL_EXISTS");
      assertThat(eventCount()).isEqualTo(before);
      api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", name).exchange().expectStatus()
          .isNoContent();
    }

    @Test
    void usersMayNeitherManageNorSeePoolsAndAuditorsMayOnlySee() {
      Person user = api.newUser("user");
      Person auditor = api.newUser("auditor");
      long before = eventCount();
      expectProblem(define(user, body(name(), 0, 2)), HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(define(auditor, body(name(), 0, 2)), HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(api.as(user).get().uri("/api/v1/admin/node-pools").exchange(), HttpStatus.FORBIDDEN,
          "FORBIDDEN");
      expectProblem(api.as(user).get().uri("/api/v1/admin/node-pool-decisions").exchange(), HttpStatus.FORBIDDEN,
          "FORBIDDEN");
      api.as(auditor).get().uri("/api/v1/admin/node-pool-decisions").exchange().expectStatus().isOk();
      assertThat(eventCount()).isEqualTo(before);
    }
  }

  @Nested
  class Rebuild {
    @Test
    void poolsAndDecisionsRebuildIdentically() {
      String name = name();
      new CapiObjects(MockCluster.client()).machineDeployment("md-" + name, 0);
      define(api.admin(), body(name, 1, 2)).expectStatus().isCreated();
      org.awaitility.Awaitility.await().untilAsserted(() -> {
        scaler.scale(Instant.now());
        assertThat(api.items(api.admin(), "/api/v1/admin/node-pools/{n}/decisions", name)).hasSize(1);
      });
      new Rebuilds(replays, jdbc).rebuildsIdentically(NodePoolProjector.GROUP, "readmodel.node_pool",
          "readmodel.node_pool_decision");
      api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", name).exchange().expectStatus()
          .isNoContent();
    }
  }
}
