package io.kiln.k8s.nodepools;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over every pool: read the MachineDeployment's size, the pool's nodes and Kiln's unschedulable pods,
 * decide, record the decision as a command on the pool, then make it so (mark the removed node's Machine, set the
 * size). Each step is safe to repeat: a pass cut short is finished by the next one, deciding the same size again.
 */
public class NodePoolScaler {
  private static final Logger log = LoggerFactory.getLogger(NodePoolScaler.class);
  private final NodePools pools;
  private final PoolCluster cluster;
  private final ScalerCommands commands;
  private final Duration grace;
  private final Map<String, Instant> idleSince = new HashMap<>();

  NodePoolScaler(NodePools pools, PoolCluster cluster, ScalerCommands commands, Duration grace) {
    this.pools = pools;
    this.cluster = cluster;
    this.commands = commands;
    this.grace = grace;
  }

  /** Scales every pool as the cluster looks at {@code now}; answers the decisions it made. */
  public synchronized List<String> scale(Instant now) {
    List<Pool> all = pools.all();
    if (all.isEmpty()) {
      idleSince.clear();
      return List.of();
    }
    PoolCluster.Workloads workloads = cluster.workloads();
    Map<String, List<PendingPod>> pending = assign(all, workloads.pending());
    return all.stream().map(pool -> scale(pool, now, workloads.busyNodes(), pending.getOrDefault(pool.name(),
        List.of()))).flatMap(Optional::stream).toList();
  }

  private Optional<String> scale(Pool pool, Instant now, Set<String> busy, List<PendingPod> pending) {
    try {
      Optional<Integer> replicas = cluster.replicas(pool);
      if (replicas.isEmpty()) {
        log.warn("Node pool {}: no MachineDeployment {}/{}", pool.name(), pool.namespace(), pool.machineDeployment());
        return Optional.empty();
      }
      List<PoolNode> nodes = cluster.nodes(pool, busy);
      Optional<Decision> decision = ScaleDecider.decide(pool, replicas.get(), nodes, pending, idle(nodes, now));
      if (decision.isEmpty()) {
        return Optional.empty();
      }
      Decision d = decision.get();
      commands.decide(pool, d);
      if (d.node() != null && !cluster.markForDeletion(pool, d.node())) {
        log.warn("Node pool {}: no Machine for node {}; the MachineDeployment picks which to remove", pool.name(),
            d.node());
      }
      cluster.resize(pool, d.to());
      if (d.node() != null) {
        idleSince.remove(d.node());
      }
      log.info("Node pool {}: {} → {} nodes ({})", pool.name(), d.from(), d.to(), d.reason());
      return Optional.of(pool.name() + ": " + d.from() + " → " + d.to());
    } catch (RuntimeException e) {
      log.warn("Node pool {} could not be scaled now: {}", pool.name(), e.getMessage());
      return Optional.empty();
    }
  }

  /** The node of the pool idle longest, once that is at least the grace period. */
  private Optional<String> idle(List<PoolNode> nodes, Instant now) {
    Set<String> names = nodes.stream().map(PoolNode::name).collect(Collectors.toSet());
    for (PoolNode node : nodes) {
      if (node.busy()) {
        idleSince.remove(node.name());
      } else {
        idleSince.putIfAbsent(node.name(), now);
      }
    }
    return idleSince.entrySet().stream().filter(e -> names.contains(e.getKey()))
        .filter(e -> !e.getValue().plus(grace).isAfter(now))
        .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Pods that name a pool go to it; the others to the first pool (by name) that may still grow. */
  private static Map<String, List<PendingPod>> assign(List<Pool> pools, List<PendingPod> pending) {
    Map<String, String> byLabel = pools.stream().collect(Collectors.toMap(Pool::nodeLabel, Pool::name, (a, b) -> a));
    String fallback = pools.stream().filter(p -> p.nodes() == null || p.nodes() < p.max()).map(Pool::name)
        .findFirst().orElse(pools.get(0).name());
    return pending.stream().filter(p -> p.poolLabel() == null || byLabel.containsKey(p.poolLabel()))
        .collect(Collectors.groupingBy(p -> p.poolLabel() == null ? fallback : byLabel.get(p.poolLabel())));
  }
}
