package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.reconcile.ReconcileLoop;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.ClusterFaults;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Kiln's client fails at every call in turn — in round k every call whose index is k modulo 3, with a conflict the
 * client does not retry; then a round of server errors, which the client retries — while the reconciler converges a scenario (two users in each other's
 * projects: namespaces and claims; a session; a build), and while the cluster reports. After each round of failures
 * the loop recovers on its own: the cluster then holds exactly what Kiln wants, once, and no report is lost.
 */
class CrashRecoveryTest extends KilnIntegrationTest {
  private static final int STRIDE = 3;
  private static final String DIGEST = "sha256:" + "ef".repeat(32);
  private final KubernetesClient cluster = MockCluster.client();
  private final TestKubelet kubelet = MockCluster.kubelet();
  private final ClusterFaults faults = MockCluster.faults();

  @Autowired
  DesiredObjects desired;

  @Autowired
  ReconcileLoop loop;

  @AfterEach
  void disarm() {
    faults.disarm();
  }

  @Test
  void everyCallFailingInTurnLeavesExactlyTheDesiredObjectsAndLosesNoReport() {
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    String p1 = (String) api.createProject(alice, Api.uniqueName("Crash A")).get("id");
    String p2 = (String) api.createProject(bob, Api.uniqueName("Crash B")).get("id");
    api.setRole(alice, p1, bob, "contributor");
    api.setRole(bob, p2, alice, "viewer");
    String runtime = api.runtime("enabled");
    String session = (String) api.startSession(alice, p1, runtime, api.profile(500, 512, 0)).expectStatus()
        .isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    String build = (String) api.as(bob).post().uri("/api/v1/projects/{p}/builds", p2)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "runtime", "name", "rt", "baseRuntimeId", runtime, "source",
            Map.of("kind", "project_files")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    var convergence = new ClusterConvergence(jdbc, cluster);
    List<String> ids = List.of(alice.id(), bob.id(), p1, p2, session, build);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(kubelet.pod(session)).isNotNull();
      assertThat(kubelet.pod(build)).isNotNull();
      convergence.assertConverged(convergence.keysMentioning(ids));
    });
    List<String> keys = convergence.keysMentioning(ids);
    assertThat(keys).as("namespaces, quotas, policies, volumes, claims, session and build objects")
        .hasSizeGreaterThanOrEqualTo(18)
        .contains("PersistentVolumeClaim/kiln-u-" + alice.id() + "/project-" + p2,
            "PersistentVolumeClaim/kiln-u-" + bob.id() + "/project-" + p1);
    kubelet.ready(session);
    await().untilAsserted(() -> assertThat(state(alice, "sessions", p1, session)).isEqualTo("running"));

    for (int status : new int[] {409, 500}) {
      for (int k = 0; k < (status == 409 ? STRIDE : 1); k++) {
        int round = k;
        faults.arm(i -> i < 400 && i % STRIDE == round, r -> true, status);
        keys.forEach(desired::reapply);
        await().atMost(Duration.ofSeconds(30)).until(() -> faults.failed() > 0);
        if (status == 409 && round == 1) {
          kubelet.succeed(build, "push", "localhost:5000/rt@" + DIGEST);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> convergence.assertConverged(keys));
        faults.disarm();
        assertOnce(session, build);
      }
    }
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(state(bob, "builds", p2, build)).isEqualTo("succeeded"));
    assertThat(state(alice, "sessions", p1, session)).isEqualTo("running");
  }

  /** A full resync re-applies every object of the suite: it waits for the reconciler to be done with them. */
  @Test
  void anOrphanLeftByACrashIsSweptEvenWhenTheFirstSweepFails() {
    Person carol = api.newUser("user");
    String project = (String) api.createProject(carol, Api.uniqueName("Orphans")).get("id");
    String namespace = "kiln-u-" + carol.id();
    String runtime = api.runtime("enabled");
    api.startSession(carol, project, runtime, api.profile(500, 512, 0)).expectStatus().isCreated();
    await().atMost(Duration.ofSeconds(30)).until(() -> cluster.namespaces().withName(namespace).get() != null);
    String stale = "session-" + UUID.randomUUID();
    cluster.services().inNamespace(namespace).resource(new ServiceBuilder().withNewMetadata().withName(stale)
        .withNamespace(namespace).withLabels(Labels.of("session", UUID.randomUUID().toString(), project,
            carol.id())).endMetadata().withNewSpec().addNewPort().withPort(80).endPort().endSpec().build()).create();

    faults.arm(i -> i < 40, r -> r.getPath().contains("labelSelector") && !r.getPath().contains("watch=true"), 409);
    loop.resyncNow();
    await().atMost(Duration.ofSeconds(60)).until(() -> faults.failed() > 0);
    faults.disarm();
    loop.resyncNow();
    await().atMost(Duration.ofMinutes(5)).untilAsserted(() ->
        assertThat(cluster.services().inNamespace(namespace).withName(stale).get()).isNull());
    await().atMost(Duration.ofMinutes(5)).until(() -> jdbc.queryForObject(
        "select count(*) from eventstore.k8s_object where applied_generation < generation", Long.class) == 0);
  }

  private void assertOnce(String session, String build) {
    assertThat(cluster.pods().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, session).list().getItems()).hasSize(1);
    assertThat(cluster.services().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, session).list().getItems())
        .hasSize(1);
    assertThat(cluster.pods().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, build).list().getItems())
        .hasSizeLessThanOrEqualTo(1);
  }

  private Object state(Person who, String kind, String project, String id) {
    return api.get(who, "/api/v1/projects/{p}/" + kind + "/{id}", project, id).get("state");
  }
}
