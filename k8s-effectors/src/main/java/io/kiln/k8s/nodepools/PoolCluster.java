package io.kiln.k8s.nodepools;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.objects.Labels;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the scaler reads from the cluster and the two changes it makes: mark a Machine, set a MachineDeployment's size. */
class PoolCluster {
  static final String POOL_LABEL = "kiln.io/pool";
  private final KubernetesClient client;
  private final RateLimit rateLimit;

  PoolCluster(KubernetesClient client, RateLimit rateLimit) {
    this.client = client;
    this.rateLimit = rateLimit;
  }

  /** The size the MachineDeployment asks for; empty when it does not exist. */
  Optional<Integer> replicas(Pool pool) {
    rateLimit.acquire();
    GenericKubernetesResource md = client.genericKubernetesResources(ClusterApi.MACHINE_DEPLOYMENTS)
        .inNamespace(pool.namespace()).withName(pool.machineDeployment()).get();
    if (md == null) {
      return Optional.empty();
    }
    Object replicas = md.get("spec", "replicas");
    return Optional.of(replicas instanceof Number n ? n.intValue() : 1);
  }

  /**
   * Sets the MachineDeployment's {@code spec.replicas} (a merge patch, which the scale subresource amounts to and
   * which every API server, the mock one included, accepts).
   */
  void resize(Pool pool, int replicas) {
    rateLimit.acquire();
    client.genericKubernetesResources(ClusterApi.MACHINE_DEPLOYMENTS).inNamespace(pool.namespace())
        .withName(pool.machineDeployment())
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":" + replicas + "}}");
  }

  /** Marks the Machine behind {@code node} for deletion, so that the MachineDeployment removes that one first. */
  boolean markForDeletion(Pool pool, String node) {
    rateLimit.acquire();
    var machine = client.genericKubernetesResources(ClusterApi.MACHINES).inNamespace(pool.namespace()).list()
        .getItems().stream().filter(m -> node.equals(m.get("status", "nodeRef", "name"))).findFirst();
    if (machine.isEmpty()) {
      return false;
    }
    rateLimit.acquire();
    client.genericKubernetesResources(ClusterApi.MACHINES).inNamespace(pool.namespace())
        .withName(machine.get().getMetadata().getName())
        .patch(PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"" + ClusterApi.DELETE_MACHINE + "\":\"true\"}}}");
    return true;
  }

  List<PoolNode> nodes(Pool pool, Set<String> busyNodes) {
    rateLimit.acquire();
    return client.nodes().withLabel(POOL_LABEL, pool.nodeLabel()).list().getItems().stream()
        .map(n -> new PoolNode(n.getMetadata().getName(), allocatable(n, "cpu", 1000),
            allocatable(n, "memory", 1), busyNodes.contains(n.getMetadata().getName())))
        .toList();
  }

  /** Kiln's pods that are not finished: the unschedulable ones, and the nodes the others hold. */
  Workloads workloads() {
    rateLimit.acquire();
    List<Pod> pods = client.pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.KILN).list().getItems();
    List<PendingPod> pending = pods.stream().filter(PoolCluster::unschedulable).map(PoolCluster::pending).toList();
    Set<String> busy = pods.stream().filter(p -> !finished(p) && p.getSpec() != null
        && p.getSpec().getNodeName() != null).map(p -> p.getSpec().getNodeName()).collect(Collectors.toSet());
    return new Workloads(pending, busy);
  }

  record Workloads(List<PendingPod> pending, Set<String> busyNodes) {}

  private static boolean unschedulable(Pod pod) {
    return pod.getStatus() != null && pod.getStatus().getConditions() != null && !finished(pod)
        && pod.getStatus().getConditions().stream().anyMatch(c -> "PodScheduled".equals(c.getType())
        && "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason()));
  }

  private static boolean finished(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  private static PendingPod pending(Pod pod) {
    long cpu = 0;
    long memory = 0;
    for (Container c : pod.getSpec().getContainers()) {
      cpu += request(c, "cpu", 1000);
      memory += request(c, "memory", 1);
    }
    Map<String, String> selector = pod.getSpec().getNodeSelector();
    return new PendingPod(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
        selector == null ? null : selector.get(POOL_LABEL), cpu, memory);
  }

  private static long request(Container container, String resource, int scale) {
    var resources = container.getResources();
    if (resources == null) {
      return 0;
    }
    Quantity q = resources.getRequests() != null && resources.getRequests().get(resource) != null
        ? resources.getRequests().get(resource)
        : resources.getLimits() == null ? null : resources.getLimits().get(resource);
    return amount(q, scale);
  }

  private static long allocatable(Node node, String resource, int scale) {
    var status = node.getStatus();
    Map<String, Quantity> allocatable = status == null ? null
        : status.getAllocatable() != null ? status.getAllocatable() : status.getCapacity();
    return allocatable == null ? 0 : amount(allocatable.get(resource), scale);
  }

  private static long amount(Quantity q, int scale) {
    return q == null ? 0 : q.getNumericalAmount().multiply(BigDecimal.valueOf(scale)).longValue();
  }
}
