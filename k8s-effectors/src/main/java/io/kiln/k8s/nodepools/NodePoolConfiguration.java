package io.kiln.k8s.nodepools;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.reconcile.ReconcileLoop;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The node-pool scaler, where the compute is Kubernetes. */
@Configuration(proxyBeanMethods = false)
@Conditional(KubernetesCompute.class)
@EnableConfigurationProperties(NodePoolSettings.class)
class NodePoolConfiguration {

  @Bean
  NodePoolScaler nodePoolScaler(NodePools pools, KubernetesClient client, RateLimit rateLimit,
                                CommandGateway commands, NodePoolSettings settings) {
    return new NodePoolScaler(pools, new PoolCluster(client, rateLimit), new ScalerCommands(commands),
        settings.scaleDownGrace());
  }

  @Bean
  ScalerLoop nodePoolScalerLoop(NodePoolScaler scaler, ReconcileLoop reconcileLoop, NodePoolSettings settings) {
    return new ScalerLoop(scaler, reconcileLoop, settings.interval(), Clock.systemUTC());
  }
}
