package io.kiln.infra.audit;

import io.kiln.infra.KilnProperties;
import io.kiln.infra.events.MessageTypes;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The audit checkpoint key and the catalogue of message types, shared by every module that needs them. */
@AutoConfiguration
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
}
