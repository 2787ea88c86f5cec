package io.kiln.k8s;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The effectors' event handlers record desired state; one that fails stops its processor, which retries the event
 * (with backoff) instead of skipping it — a skipped event would be a lost wish. They are never replayed.
 */
@Configuration(proxyBeanMethods = false)
public class EffectorProcessing {
  public static final List<String> GROUPS = List.of("k8s-namespaces", "k8s-storage", "k8s-sessions", "k8s-builds",
      "k8s-applications", "k8s-job-runs", "k8s-model-deployments", "k8s-node-pools");

  @Bean
  ConfigurerModule effectorsRetryFailures() {
    return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
        .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
  }
}
