package io.kiln.local;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The local engine's event handlers record desired state; one that fails stops its processor, which retries the event
 * instead of skipping it (a skipped event would be a lost wish). They are side effects: never replayed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalCompute.class)
public class LocalProcessing {
  public static final List<String> GROUPS = List.of("local-runtimes", "local-jobs", "local-sessions",
      "local-applications", "local-builds", "local-models");

  @Bean
  ConfigurerModule localComputeRetriesFailures() {
    return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
        .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
  }
}
