package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.KilnIntegrationTest;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The event store as ARCHITECTURE.md has it: JDBC stores in PostgreSQL, Jackson everywhere, no Axon Server. */
class AxonWiringTest extends KilnIntegrationTest {
  @Autowired
  ApplicationContext context;

  @Test
  void jdbcStoresAndJacksonWithoutAxonServer() {
    assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
    assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
    assertThat(context.getBeansOfType(Serializer.class).values())
        .hasSize(3).allSatisfy(s -> assertThat(s).isInstanceOf(JacksonSerializer.class));
    assertThat(context.getBeanNamesForType(
        org.axonframework.axonserver.connector.AxonServerConnectionManager.class)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from eventstore.tokenentry where processorname = ?", Long.class,
        "projects-projection")).isPositive();
  }

  @Test
  void noXStreamOnTheClassPath() {
    assertThat(getClass().getClassLoader().getResource("com/thoughtworks/xstream/XStream.class")).isNull();
  }
}
