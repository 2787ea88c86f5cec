package io.kiln.web.nodepools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.nodepools.NodePoolScaler;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The scaler against the mock cluster: Kiln's pods that cannot be scheduled grow the pool's MachineDeployment up to
 * its maximum; a node that held no Kiln workload for the grace period is marked and removed. The scaler runs on its
 * own, too; the tests call it with the instant they choose (a settable clock, no waiting for time to pass).
 */
class NodePoolScalingTest extends KilnIntegrationTest {
  private final KubernetesClient cluster = MockCluster.client();
  private final CapiObjects capi = new CapiObjects(cluster);
  private final List<String> sessions = new ArrayList<>();
  private final String pool = "pool-" + UUID.randomUUID().toString().substring(0, 8);
  private final String md = pool + "-md";

  @Autowired
  NodePoolScaler scaler;

  private Person alice;
  private Object project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Scaling")).get("id");
    runtime = api.runtime("enabled");
    profile = api.profile(1500, 2048, 0);
  }

  @AfterEach
  void cleanUp() {
    sessions.forEach(s -> api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, s)
        .exchange());
    api.as(api.admin()).delete().uri("/api/v1/admin/node-pools/{n}", pool).exchange();
  }

  @Test
  void unschedulablePodsGrowThePoolUpToItsMaximum() {
    capi.machineDeployment(md, 1);
    capi.node(pool + "-n1", pool, "2", "4Gi");
    define(1, 4);

    pending(2);
    scaler.scale(Instant.now());
    await().untilAsserted(() -> assertThat(capi.replicas(md)).isEqualTo(3));

    pending(3);
    scaler.scale(Instant.now());
    await().untilAsserted(() -> assertThat(capi.replicas(md)).isEqualTo(4));
    scaler.scale(Instant.now());
    assertThat(capi.replicas(md)).isEqualTo(4);

    await().untilAsserted(() -> assertThat(decisions()).first().extracting(d -> d.get("from") + "→" + d.get("to"))
        .isEqualTo("3→4"));
    List<Map<String, Object>> newestFirst = decisions();
    assertThat(newestFirst).last().extracting(d -> d.get("from")).isEqualTo(1);
    for (int i = 0; i + 1 < newestFirst.size(); i++) {
      assertThat(newestFirst.get(i).get("from")).isEqualTo(newestFirst.get(i + 1).get("to"));
    }
    Map<String, Object> last = decisions().get(0);
    assertThat((String) last.get("reason")).contains("5 unschedulable pod(s)").contains("capped at the maximum of 4");
    assertThat(last.get("actor")).isEqualTo("system:node-pool-scaler");
    assertThat(api.get(api.admin(), "/api/v1/admin/node-pools/{n}", pool).get("nodes")).isEqualTo(4);
    await().untilAsserted(() -> assertThat(jdbc.queryForObject("select count(*) from readmodel.audit_record "
        + "where action = 'NodePoolScaledEvent' and resource_id = ?", Long.class, pool)).isEqualTo((long) newestFirst.size()));
  }

  @Test
  void aNodeIdleForTheGracePeriodIsMarkedAndRemovedButABusyOneStays() {
    capi.machineDeployment(md, 2);
    capi.node(pool + "-idle", pool, "4", "16Gi");
    capi.node(pool + "-busy", pool, "4", "16Gi");
    capi.machine(pool + "-m-idle", pool + "-idle");
    capi.machine(pool + "-m-busy", pool + "-busy");
    define(0, 3);
    String session = startSession();
    Pod pod = awaitPod(session);
    cluster.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .edit(p -> new PodBuilder(p).editSpec().withNodeName(pool + "-busy").endSpec().build());

    Instant t0 = Instant.now();
    scaler.scale(t0);
    scaler.scale(t0.plus(Duration.ofMinutes(9)));
    assertThat(capi.replicas(md)).isEqualTo(2);
    assertThat(capi.annotations(pool + "-m-idle")).doesNotContainKey("cluster.x-k8s.io/delete-machine");

    scaler.scale(t0.plus(Duration.ofMinutes(11)));
    assertThat(capi.replicas(md)).isEqualTo(1);
    assertThat(capi.annotations(pool + "-m-idle")).containsEntry("cluster.x-k8s.io/delete-machine", "true");
    assertThat(capi.annotations(pool + "-m-busy")).doesNotContainKey("cluster.x-k8s.io/delete-machine");

    scaler.scale(t0.plus(Duration.ofMinutes(40)));
    assertThat(capi.replicas(md)).isEqualTo(1);
    await().untilAsserted(() -> assertThat(decisions()).singleElement().satisfies(d -> {
      assertThat(d).containsEntry("from", 2).containsEntry("to", 1).containsEntry("node", pool + "-idle");
      assertThat((String) d.get("reason")).contains("held no Kiln workload");
    }));
  }

  @Test
  void aPoolBelowItsMinimumIsBroughtUpAndAnAdminLoweringTheMaximumShrinksIt() {
    capi.machineDeployment(md, 0);
    define(2, 5);
    scaler.scale(Instant.now());
    assertThat(capi.replicas(md)).isEqualTo(2);
    api.as(api.admin()).put().uri("/api/v1/admin/node-pools/{n}", pool).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("machineDeployment", md, "namespace", CapiObjects.NAMESPACE, "min", 0, "max", 1))
        .exchange().expectStatus().isOk();
    await().untilAsserted(() -> {
      scaler.scale(Instant.now());
      assertThat(capi.replicas(md)).isEqualTo(1);
    });
  }

  private void define(int min, int max) {
    api.as(api.admin()).post().uri("/api/v1/admin/node-pools").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", pool, "machineDeployment", md, "namespace", CapiObjects.NAMESPACE, "min", min,
            "max", max))
        .exchange().expectStatus().isCreated();
    await().until(() -> jdbc.queryForObject("select count(*) from eventstore.k8s_node_pool where name = ?",
        Long.class, pool) == 1);
  }

  private void pending(int count) {
    for (int i = 0; i < count; i++) {
      String session = startSession();
      Pod pod = awaitPod(session);
      cluster.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
          .editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase("Pending")
              .withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                  .withReason("Unschedulable").withMessage("0/1 nodes are available: insufficient cpu").build())
              .endStatus().build());
    }
  }

  private String startSession() {
    String id = (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    sessions.add(id);
    return id;
  }

  private Pod awaitPod(String session) {
    await().atMost(Duration.ofSeconds(20)).until(() -> MockCluster.kubelet().pod(session) != null);
    return MockCluster.kubelet().pod(session);
  }

  private List<Map<String, Object>> decisions() {
    return api.items(api.admin(), "/api/v1/admin/node-pools/{n}/decisions", pool);
  }
}
