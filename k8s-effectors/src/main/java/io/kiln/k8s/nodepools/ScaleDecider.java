package io.kiln.k8s.nodepools;

import java.util.List;
import java.util.Optional;

/**
 * Decides one pool's size. Into bounds first; then up when unschedulable pods need more nodes than are on their
 * way (nodes asked for but not yet joined count as coming), capped at the maximum; else down by one node that has
 * held no Kiln workload for the grace period, never below the minimum.
 */
final class ScaleDecider {
  private ScaleDecider() {}

  static Optional<Decision> decide(Pool pool, int replicas, List<PoolNode> nodes, List<PendingPod> pending,
                                   Optional<String> idleNode) {
    if (replicas < pool.min()) {
      return Optional.of(new Decision(replicas, pool.min(), "below the pool's minimum of " + pool.min(), null));
    }
    if (replicas > pool.max()) {
      return Optional.of(new Decision(replicas, pool.max(), "above the pool's maximum of " + pool.max(), null));
    }
    if (!pending.isEmpty()) {
      int coming = Math.max(0, replicas - nodes.size());
      int more = nodesFor(pending, nodes) - coming;
      int to = Math.min(pool.max(), replicas + Math.max(0, more));
      if (to > replicas) {
        return Optional.of(new Decision(replicas, to, pending.size() + " unschedulable pod(s) need " + more
            + " more node(s)" + (replicas + more > pool.max() ? ", capped at the maximum of " + pool.max() : ""),
            null));
      }
      return Optional.empty();
    }
    if (replicas > pool.min() && idleNode.isPresent()) {
      return Optional.of(new Decision(replicas, replicas - 1, "node " + idleNode.get()
          + " held no Kiln workload for the grace period", idleNode.get()));
    }
    return Optional.empty();
  }

  /** Nodes the pending pods fill, sized like the pool's nodes (one pod per node when the pool has none yet). */
  static int nodesFor(List<PendingPod> pending, List<PoolNode> nodes) {
    PoolNode size = nodes.stream().filter(n -> n.cpuMillis() > 0 && n.memoryBytes() > 0).findFirst().orElse(null);
    if (size == null) {
      return pending.size();
    }
    long cpu = pending.stream().mapToLong(PendingPod::cpuMillis).sum();
    long memory = pending.stream().mapToLong(PendingPod::memoryBytes).sum();
    long byCpu = (cpu + size.cpuMillis() - 1) / size.cpuMillis();
    long byMemory = (memory + size.memoryBytes() - 1) / size.memoryBytes();
    return (int) Math.max(1, Math.max(byCpu, byMemory));
  }
}
