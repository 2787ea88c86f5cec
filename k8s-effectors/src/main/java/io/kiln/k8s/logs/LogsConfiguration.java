package io.kiln.k8s.logs;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LiveLogs;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.client.RateLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Live logs from the cluster, and the keeper of finished builds' and runs' logs, where the compute is Kubernetes. */
@Configuration(proxyBeanMethods = false)
@Conditional(KubernetesCompute.class)
class LogsConfiguration {

  @Bean
  LiveLogs kubernetesLiveLogs(KubernetesClient client, RateLimit rateLimit) {
    return new KubernetesLiveLogs(client, rateLimit);
  }

  @Bean
  LogKeeper logKeeper(KubernetesClient client, RateLimit rateLimit, KeptLogs kept) {
    return new LogKeeper(client, rateLimit, kept);
  }
}
