package io.kiln.command.build;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuildSettings.class)
class BuildConfiguration {

  /** The queue lives as long as the workspace: load it from a snapshot rather than from every event it ever had. */
  @Bean
  SnapshotTriggerDefinition buildQueueSnapshots(Snapshotter snapshotter) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
  }
}
