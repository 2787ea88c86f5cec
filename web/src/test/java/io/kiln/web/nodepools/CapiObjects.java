package io.kiln.web.nodepools;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;

/** Cluster API objects and pool nodes on the mock cluster, as a management cluster would hold them. */
final class CapiObjects {
  static final String NAMESPACE = "capi-system";
  static final ResourceDefinitionContext MACHINE_DEPLOYMENTS = context("MachineDeployment", "machinedeployments");
  static final ResourceDefinitionContext MACHINES = context("Machine", "machines");
  private final KubernetesClient client;

  CapiObjects(KubernetesClient client) {
    this.client = client;
  }

  void machineDeployment(String name, int replicas) {
    client.genericKubernetesResources(MACHINE_DEPLOYMENTS).inNamespace(NAMESPACE).resource(
        new GenericKubernetesResourceBuilder().withApiVersion("cluster.x-k8s.io/v1beta1")
            .withKind("MachineDeployment").withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
            .withAdditionalProperties(Map.of("spec", Map.of("replicas", replicas, "clusterName", "work")))
            .build()).create();
  }

  Integer replicas(String machineDeployment) {
    Object replicas = client.genericKubernetesResources(MACHINE_DEPLOYMENTS).inNamespace(NAMESPACE)
        .withName(machineDeployment).get().get("spec", "replicas");
    return replicas == null ? null : ((Number) replicas).intValue();
  }

  void machine(String name, String node) {
    client.genericKubernetesResources(MACHINES).inNamespace(NAMESPACE).resource(
        new GenericKubernetesResourceBuilder().withApiVersion("cluster.x-k8s.io/v1beta1").withKind("Machine")
            .withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
            .withAdditionalProperties(Map.of("status", Map.of("nodeRef", Map.of("kind", "Node", "name", node))))
            .build()).create();
  }

  Map<String, String> annotations(String machine) {
    GenericKubernetesResource m = client.genericKubernetesResources(MACHINES).inNamespace(NAMESPACE)
        .withName(machine).get();
    return m.getMetadata().getAnnotations() == null ? Map.of() : m.getMetadata().getAnnotations();
  }

  void node(String name, String poolLabel, String cpu, String memory) {
    client.nodes().resource(new NodeBuilder().withNewMetadata().withName(name)
        .withLabels(Map.of("kiln.io/pool", poolLabel)).endMetadata().withNewStatus()
        .withAllocatable(Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory))).endStatus().build())
        .create();
  }

  private static ResourceDefinitionContext context(String kind, String plural) {
    return new ResourceDefinitionContext.Builder().withGroup("cluster.x-k8s.io").withVersion("v1beta1")
        .withKind(kind).withPlural(plural).withNamespaced(true).build();
  }
}
