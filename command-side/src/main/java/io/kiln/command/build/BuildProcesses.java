package io.kiln.command.build;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processes that follow builds (queue feeding, runtime registration) run in one tracking processor. A failure
 * stops it and it retries the event, rather than skipping it; its commands are idempotent, and it is never replayed.
 */
@Configuration(proxyBeanMethods = false)
public class BuildProcesses {
  public static final String GROUP = "build-processes";

  @Bean
  ConfigurerModule buildProcessesRetryFailures() {
    return configurer -> configurer.eventProcessing()
        .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
  }
}
