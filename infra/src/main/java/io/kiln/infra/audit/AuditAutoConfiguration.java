package io.kiln.infra.audit;

import io.kiln.infra.KilnProperties;
import io.kiln.infra.events.EventPositions;
import io.kiln.infra.events.MessageTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The audit checkpoint key, the catalogue of message types and event positions, for every module that needs them. */
@AutoConfiguration(after = org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration.class)
@EnableConfigurationProperties({AuditProperties.class, KilnProperties.class})
public class AuditAutoConfiguration {

  @Bean
  CheckpointKey checkpointKey(AuditProperties audit, KilnProperties kiln) {
    return CheckpointKeys.load(audit.signingKey(), kiln.home());
  }

  @Bean
  MessageTypes messageTypes() {
    return MessageTypes.scan();
  }

  @Bean
  EventPositions eventPositions(JdbcTemplate jdbc) {
    return new EventPositions(jdbc);
  }
}
