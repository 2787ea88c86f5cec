package io.kiln.command;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side lookup tables are kept by subscribing processors: in the thread and transaction of the command whose
 * events they see, with errors propagated so that a refused lookup write refuses the command.
 */
@Configuration(proxyBeanMethods = false)
public class LookupTables {
  public static final String USER_DIRECTORY = "user-directory";
  public static final String PROJECT_NAMES = "project-names";
  public static final String PROJECT_ADMINISTRATORS = "project-administrators";

  @Bean
  ConfigurerModule lookupTableProcessors() {
    return configurer -> {
      for (String group : new String[] {USER_DIRECTORY, PROJECT_NAMES, PROJECT_ADMINISTRATORS}) {
        configurer.eventProcessing()
            .registerSubscribingEventProcessor(group)
            .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
      }
    };
  }
}
