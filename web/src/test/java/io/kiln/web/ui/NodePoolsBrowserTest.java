package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.kiln.k8s.nodepools.NodePoolScaler;
import io.kiln.web.support.Api;
import io.kiln.web.support.MockCluster;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class NodePoolsBrowserTest extends BrowserTest {
  private static final ResourceDefinitionContext MACHINE_DEPLOYMENTS = new ResourceDefinitionContext.Builder()
      .withGroup("cluster.x-k8s.io").withVersion("v1beta1").withKind("MachineDeployment")
      .withPlural("machinedeployments").withNamespaced(true).build();

  @Autowired
  NodePoolScaler scaler;

  @Test
  void anAdminDefinesAPoolSeesTheScalersDecisionChangesItsBoundsAndDeletesIt() {
    Api.Person admin = personWithPassword("admin");
    String name = "pool-" + UUID.randomUUID().toString().substring(0, 8);
    machineDeployment("md-" + name);
    signIn(admin);
    open("/admin");

    definePool(name, "3", "1");
    assertThat(find(By.cssSelector("#define-pool .field-error")).getText()).contains("must not exceed max");
    assertThat(find(By.id("np-name")).getAttribute("value")).isEqualTo(name);
    assertThat(driver().findElements(By.xpath("//table[@id='node-pools']//td[normalize-space(strong)='" + name + "']")))
        .isEmpty();

    find(By.id("np-min")).clear();
    find(By.id("np-min")).sendKeys("1");
    find(By.id("np-max")).clear();
    find(By.id("np-max")).sendKeys("4");
    find(By.cssSelector("#define-pool button[type=submit]")).click();
    waitForText(By.id("node-pools"), name);
    assertThat(find(By.id("node-pools")).getText()).contains("1 – 4 nodes").contains("no decision yet");

    waitUntil(d -> {
      scaler.scale(Instant.now());
      open("/admin");
      return d.findElement(By.id("pool-decisions")).getText().contains(name);
    });
    String decisions = find(By.id("pool-decisions")).getText();
    assertThat(decisions).contains("grow 0 → 1");
    assertThat(find(By.id("node-pools")).getText()).contains("1 node");
    screenshot("13-node-pools", By.id("nodepool"));

    find(By.id("pool-max-" + name)).clear();
    find(By.id("pool-max-" + name)).sendKeys("2000");
    find(By.id("change-pool-" + name)).click();
    assertThat(find(By.cssSelector("[role=alert]")).getText()).contains("at most 1000");
    find(By.id("pool-max-" + name)).clear();
    find(By.id("pool-max-" + name)).sendKeys("6");
    find(By.id("change-pool-" + name)).click();
    waitForText(By.id("node-pools"), "1 – 6 nodes");

    find(By.id("delete-pool-" + name)).click();
    find(By.id("confirm-button-delete-pool-" + name)).click();
    waitUntil(d -> !d.findElement(By.id("node-pools")).getText().contains("1 – 6 nodes"));
    assertThat(api.items(admin, "/api/v1/admin/node-pools")).noneMatch(p -> name.equals(p.get("name")));
  }

  private void definePool(String name, String min, String max) {
    find(By.id("np-name")).sendKeys(name);
    find(By.id("np-md")).sendKeys("md-" + name);
    find(By.id("np-min")).clear();
    find(By.id("np-min")).sendKeys(min);
    find(By.id("np-max")).clear();
    find(By.id("np-max")).sendKeys(max);
    find(By.cssSelector("#define-pool button[type=submit]")).click();
  }

  private static void machineDeployment(String name) {
    MockCluster.client().genericKubernetesResources(MACHINE_DEPLOYMENTS).inNamespace("capi-system").resource(
        new GenericKubernetesResourceBuilder().withApiVersion("cluster.x-k8s.io/v1beta1")
            .withKind("MachineDeployment").withNewMetadata().withName(name).withNamespace("capi-system").endMetadata()
            .withAdditionalProperties(Map.of("spec", Map.of("replicas", 0, "clusterName", "work"))).build()).create();
  }
}
