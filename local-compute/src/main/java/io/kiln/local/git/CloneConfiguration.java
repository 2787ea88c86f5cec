package io.kiln.local.git;

import io.kiln.infra.db.LeaderLock;
import io.kiln.infra.files.ProjectFiles;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projects made from git, in every compute mode: their files are cloned into the project file tree
 * ({@link ProjectFiles}). The wish handler is a side effect: a failure stops its processor, which retries the event.
 */
@Configuration(proxyBeanMethods = false)
public class CloneConfiguration {
  public static final String GROUP = CloneWishes.GROUP;

  @Bean
  Clones projectClones(JdbcTemplate jdbc) {
    return new Clones(jdbc);
  }

  @Bean
  CloneLoop projectCloneLoop(Clones clones, ProjectFiles projects, CommandGateway commands, DataSource dataSource) {
    return new CloneLoop(clones, new GitCloner(projects), commands, new LeaderLock(dataSource, CloneLoop.LOCK_KEY));
  }

  @Bean
  ConfigurerModule projectClonesRetryFailures() {
    return configurer -> configurer.eventProcessing()
        .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
  }
}
