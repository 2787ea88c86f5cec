package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.observe.ClusterWatch;
import io.kiln.k8s.observe.Observers;
import io.kiln.k8s.observe.PodObserver;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What people and the API server do to Kiln's objects behind its back: deletions, edits, conflicts, expired watches. */
class DriftTest extends KilnIntegrationTest {
  private final KubernetesClient cluster = MockCluster.client();

  @Autowired
  DesiredObjects desired;

  @Autowired
  KubernetesClient kilnClient;

  private Person dora;
  private String namespace;
  private String session;

  @BeforeEach
  void session() {
    dora = api.newUser("user");
    Object project = api.createProject(dora, Api.uniqueName("Drift")).get("id");
    namespace = "kiln-u-" + dora.id();
    session = (String) api.startSession(dora, project, api.runtime("enabled"), api.profile(500, 512, 0))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> MockCluster.kubelet().pod(session) != null
        && cluster.network().v1().networkPolicies().inNamespace(namespace).withName("kiln-ingress").get() != null);
  }

  @AfterEach
  void disarm() {
    MockCluster.faults().disarm();
  }

  @Test
  void anObjectDeletedByHandIsRecreated() {
    cluster.network().v1().networkPolicies().inNamespace(namespace).withName("kiln-ingress").delete();
    await().until(() -> cluster.network().v1().networkPolicies().inNamespace(namespace).withName("kiln-ingress")
        .get() == null);
    desired.reapply("NetworkPolicy/" + namespace + "/kiln-ingress");
    await().atMost(Duration.ofSeconds(60)).until(() -> cluster.network().v1().networkPolicies()
        .inNamespace(namespace).withName("kiln-ingress").get() != null);
  }

  @Test
  void aFieldChangedByHandIsReverted() {
    Quantity before = quota();
    cluster.resourceQuotas().inNamespace(namespace).withName("kiln-quota")
        .edit(q -> new ResourceQuotaBuilder(q).editSpec().addToHard("limits.cpu", new Quantity("999")).endSpec()
            .build());
    assertThat(quota()).isEqualTo(new Quantity("999"));
    desired.reapply("ResourceQuota/" + namespace + "/kiln-quota");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(quota()).isEqualTo(before));
  }

  @Test
  void aConflictOnWriteIsRetriedUntilTheObjectIsThere() {
    cluster.network().v1().networkPolicies().inNamespace(namespace).withName("kiln-ingress").delete();
    MockCluster.faults().arm(i -> i < 3, r -> r.getPath().contains("networkpolicies")
        && !"GET".equals(r.getMethod()), 409);
    desired.reapply("NetworkPolicy/" + namespace + "/kiln-ingress");
    await().atMost(Duration.ofSeconds(30)).until(() -> MockCluster.faults().failed() > 0);
    await().atMost(Duration.ofSeconds(60)).until(() -> cluster.network().v1().networkPolicies()
        .inNamespace(namespace).withName("kiln-ingress").get() != null);
  }

  @Test
  void aWatchThatExpiredIsRelistedAndItsChangesStillArrive() {
    List<String> seen = new CopyOnWriteArrayList<>();
    PodObserver recorder = new PodObserver() {
      @Override
      public String workload() {
        return "session";
      }

      @Override
      public void changed(Pod pod) {
        seen.add(pod.getMetadata().getName() + ":" + (pod.getStatus() == null ? null : pod.getStatus().getPhase()));
      }

      @Override
      public void deleted(Pod pod) {
      }
    };
    MockCluster.faults().arm(i -> i == 0, r -> r.getPath().contains("/pods") && r.getPath().contains("watch=true"),
        410);
    ClusterWatch watch = new ClusterWatch(kilnClient, new Observers(List.of(recorder)));
    watch.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> MockCluster.faults().failed() == 1);
      MockCluster.kubelet().ready(session);
      await().atMost(Duration.ofSeconds(30)).until(() -> seen.contains("session-" + session + ":Running"));
    } finally {
      watch.stop();
    }
  }

  private Quantity quota() {
    return cluster.resourceQuotas().inNamespace(namespace).withName("kiln-quota").get().getSpec().getHard()
        .get("limits.cpu");
  }
}
