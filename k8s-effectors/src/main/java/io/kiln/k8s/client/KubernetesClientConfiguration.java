package io.kiln.k8s.client;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Kubernetes client (the kubeconfig or in-cluster service account, a master URL if given) and its rate limit. */
@Configuration(proxyBeanMethods = false)
@Conditional(KubernetesCompute.class)
@EnableConfigurationProperties(K8sSettings.class)
public class KubernetesClientConfiguration {

  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(K8sSettings settings) {
    Config config = Config.autoConfigure(null);
    if (settings.masterUrl() != null && !settings.masterUrl().isBlank()) {
      config = new ConfigBuilder(config).withMasterUrl(settings.masterUrl()).withTrustCerts(true).build();
    }
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  @Bean
  RateLimit rateLimit(K8sSettings settings) {
    return new RateLimit(settings.requestsPerSecond());
  }
}
