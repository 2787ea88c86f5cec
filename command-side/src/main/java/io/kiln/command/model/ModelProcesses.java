package io.kiln.command.model;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processes that follow models (versions from builds) run in their own tracking processor, apart from the build
 * queue's. A failure stops it and it retries the event rather than skipping it; its commands are idempotent, and it
 * is never replayed.
 */
@Configuration(proxyBeanMethods = false)
public class ModelProcesses {
  public static final String GROUP = "model-processes";

  @Bean
  ConfigurerModule modelProcessesRetryFailures() {
    return configurer -> configurer.eventProcessing()
        .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
  }
}
