package io.kiln.infra.axon;

import static io.kiln.infra.db.MigrationsAutoConfiguration.EVENT_STORE_SCHEMA;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's JDBC event store, token store, saga store and dead-letter queue, all in schema {@code eventstore}. Axon's
 * own auto-configuration builds them from these schemas; its event store steps aside when Axon Server is enabled
 * (profile {@code axonserver}), the token, saga and dead-letter stores stay in PostgreSQL.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
public class AxonStoresAutoConfiguration {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable(table("domainevententry"))
        .snapshotTable(table("snapshotevententry"))
        .build();
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder().setTokenTable(table("tokenentry")).build();
  }

  @Bean
  SagaSqlSchema sagaSqlSchema() {
    return new PostgresSagaSqlSchema(new SagaSchema(table("sagaentry"), table("associationvalueentry")));
  }

  @Bean
  DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder().deadLetterTable(table("deadletterentry")).build();
  }

  private static String table(String name) {
    return EVENT_STORE_SCHEMA + "." + name;
  }
}
