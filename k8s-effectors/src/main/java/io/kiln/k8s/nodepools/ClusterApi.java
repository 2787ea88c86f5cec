package io.kiln.k8s.nodepools;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** The Cluster API kinds the scaler touches, named without API discovery. */
final class ClusterApi {
  static final String DELETE_MACHINE = "cluster.x-k8s.io/delete-machine";
  static final ResourceDefinitionContext MACHINE_DEPLOYMENTS = context("MachineDeployment", "machinedeployments");
  static final ResourceDefinitionContext MACHINES = context("Machine", "machines");

  private ClusterApi() {}

  private static ResourceDefinitionContext context(String kind, String plural) {
    return new ResourceDefinitionContext.Builder().withGroup("cluster.x-k8s.io").withVersion("v1beta1")
        .withKind(kind).withPlural(plural).withNamespaced(true).build();
  }
}
