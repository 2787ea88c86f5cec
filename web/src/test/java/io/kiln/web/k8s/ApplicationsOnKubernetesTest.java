package io.kiln.web.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Applications end to end: a Deployment, a Service and an Ingress on the subdomain; ready → RUNNING. */
class ApplicationsOnKubernetesTest extends KilnIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final KubernetesClient cluster = MockCluster.client();
  private final TestKubelet kubelet = MockCluster.kubelet();
  private Person alice;
  private Object project;
  private String namespace;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    namespace = "kiln-u-" + alice.id();
    project = api.createProject(alice, Api.uniqueName("Apps on k8s")).get("id");
  }

  private String create(String subdomain) {
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Dashboard", "subdomain", subdomain, "script", "app/serve.py",
            "runtimeId", api.runtime("enabled"), "profileId", api.profile(250, 512, 0),
            "environment", Map.of("MODE", "prod")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Map<String, Object> view(String app) {
    return api.get(alice, "/api/v1/projects/{p}/applications/{a}", project, app);
  }

  private void awaitState(String app, String state) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(view(app).get("state")).isEqualTo(state));
  }

  private Deployment awaitDeployment(String app, String generation) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(kubelet.deployments(app)).singleElement()
        .satisfies(d -> assertThat(d.getMetadata().getLabels()).containsEntry("kiln.io/generation", generation)));
    return kubelet.deployments(app).get(0);
  }

  @Test
  void anApplicationServesOnItsSubdomainRunsWhenReadyRestartsAndStops() {
    String sub = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    String app = create(sub);
    Deployment deployment = awaitDeployment(app, "1");
    String name = "app-" + app;
    assertThat(deployment.getMetadata().getNamespace()).isEqualTo(namespace);
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .anySatisfy(e -> assertThat(e.getName() + "=" + e.getValue()).isEqualTo("MODE=prod"));
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(cluster.services().inNamespace(namespace).withName(name).get()).isNotNull();
      Ingress ingress = cluster.network().v1().ingresses().inNamespace(namespace).withName(name).get();
      assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
        assertThat(rule.getHost()).isEqualTo(sub + ".apps.kiln.local");
        assertThat(rule.getHttp().getPaths().get(0).getBackend().getService().getName()).isEqualTo(name);
      });
    });

    kubelet.readyReplicas(deployment, 1);
    awaitState(app, "running");
    assertThat(view(app).get("url")).isEqualTo("https://" + sub + ".apps.kiln.local/");

    api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:restart", project, app).exchange()
        .expectStatus().isOk();
    Deployment restarted = awaitDeployment(app, "2");
    assertThat(restarted.getSpec().getTemplate().getMetadata().getLabels())
        .as("a restart rolls the pods").containsEntry("kiln.io/generation", "2");
    kubelet.readyReplicas(restarted, 1);
    awaitState(app, "running");

    api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:stop", project, app).exchange()
        .expectStatus().isOk();
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(kubelet.deployments(app)).isEmpty();
      assertThat(cluster.network().v1().ingresses().inNamespace(namespace).withName(name).get()).isNull();
      assertThat(view(app).get("state")).isEqualTo("stopped");
    });
  }
}
