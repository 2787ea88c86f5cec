package io.kiln.command;

import io.kiln.infra.axon.SubscribingProcessors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side lookup tables are kept by subscribing processors: in the thread and transaction of the command whose
 * events they see, with errors propagated so that a refused lookup write refuses the command. Each processor passes
 * over the events it has no handler for at once ({@link SubscribingProcessors}).
 */
@Configuration(proxyBeanMethods = false)
public class LookupTables {
  public static final String USER_DIRECTORY = "user-directory";
  public static final String PROJECT_NAMES = "project-names";
  public static final String PROJECT_ACCESS = "project-access";
  public static final String CATALOG = "catalog";
  public static final String QUOTA_LEDGER = "quota-ledger";
  public static final String APPLICATION_SUBDOMAINS = "application-subdomains";
  public static final String MODEL_DIRECTORY = "model-directory";
  public static final String JOB_GRAPH = "job-graph";
  public static final String ACTIVE_JOB_RUNS = "active-job-runs";
  private static final String[] GROUPS = {USER_DIRECTORY, PROJECT_NAMES, PROJECT_ACCESS, CATALOG, QUOTA_LEDGER,
      APPLICATION_SUBDOMAINS, MODEL_DIRECTORY, JOB_GRAPH, ACTIVE_JOB_RUNS};

  @Bean
  ConfigurerModule lookupTableProcessors() {
    return configurer -> {
      for (String group : GROUPS) {
        configurer.eventProcessing()
            .registerEventProcessor(group, SubscribingProcessors::build)
            .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
      }
    };
  }
}
