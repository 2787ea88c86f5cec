package io.kiln.k8s.nodepools;

import io.kiln.domain.nodepool.NodePoolChangedEvent;
import io.kiln.domain.nodepool.NodePoolDefinedEvent;
import io.kiln.domain.nodepool.NodePoolDeletedEvent;
import io.kiln.domain.nodepool.NodePoolScaledEvent;
import io.kiln.k8s.KubernetesCompute;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Keeps the pools the scaler drives, from their events. */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(NodePoolDesires.GROUP)
class NodePoolDesires {
  static final String GROUP = "k8s-node-pools";
  private final NodePools pools;

  NodePoolDesires(NodePools pools) {
    this.pools = pools;
  }

  @EventHandler
  void on(NodePoolDefinedEvent e) {
    pools.define(new Pool(e.name(), e.machineDeployment(), e.namespace(), e.minNodes(), e.maxNodes(), e.nodeLabel(),
        null));
  }

  @EventHandler
  void on(NodePoolChangedEvent e) {
    pools.change(new Pool(e.name(), e.machineDeployment(), e.namespace(), e.minNodes(), e.maxNodes(), e.nodeLabel(),
        null));
  }

  @EventHandler
  void on(NodePoolScaledEvent e) {
    pools.scaled(e.name(), e.to());
  }

  @EventHandler
  void on(NodePoolDeletedEvent e) {
    pools.delete(e.name());
  }
}
