package io.kiln.infra.axon;

import static io.kiln.infra.db.MigrationsAutoConfiguration.EVENT_STORE_SCHEMA;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Axon's JDBC event store, token store, saga store and dead-letter queue, all in schema {@code eventstore}. Axon's
 * own auto-configuration builds the token, saga and dead-letter stores from these schemas, Kiln the event store; the
 * event store steps aside when Axon Server is enabled (profile {@code axonserver}), the other stores stay in
 * PostgreSQL.
 */
@AutoConfiguration(after = AxonServerBusAutoConfiguration.class, before = JdbcAutoConfiguration.class)
public class AxonStoresAutoConfiguration {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable(table("domainevententry"))
        .snapshotTable(table("snapshotevententry"))
        .build();
  }

  /** Axon's JDBC event storage engine as its auto-configuration builds it, reading as {@link EventStorageEngines}. */
  @Bean
  @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
  EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                        @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                                        ConnectionProvider connections, TransactionManager transactions,
                                        EventSchema eventSchema) {
    return EventStorageEngines.jdbc(transactions)
        .snapshotSerializer(serializer)
        .upcasterChain(axon.upcasterChain())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .eventSerializer(eventSerializer)
        .snapshotFilter(axon.snapshotFilter())
        .connectionProvider(connections)
        .schema(eventSchema)
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
