package io.kiln.k8s.serving;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.KubernetesCompute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Where the compute is Kubernetes, Kiln's model route finds the replicas of deployments among the cluster's pods. */
@Configuration(proxyBeanMethods = false)
@Conditional(KubernetesCompute.class)
class ServingConfiguration {

  @Bean
  KubernetesModelReplicas kubernetesModelReplicas(KubernetesClient client) {
    return new KubernetesModelReplicas(client);
  }
}
