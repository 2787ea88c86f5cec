package io.kiln.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.infra.testdb.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;

/** Kiln's event storage engine, each test on event tables of its own, reading in batches of three. */
class TrackedEventQueriesTest {
  final String schema = "events_" + UUID.randomUUID().toString().replace("-", "");
  final DataSource dataSource = dataSource();
  final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  final AtomicInteger transactions = new AtomicInteger();
  JdbcEventStorageEngine engine;

  @BeforeEach
  void eventTables() {
    jdbc.execute("create schema " + schema);
    DataSourceTransactionManager spring = new DataSourceTransactionManager(dataSource) {
      @Override
      protected void doBegin(Object transaction, TransactionDefinition definition) {
        transactions.incrementAndGet();
        super.doBegin(transaction, definition);
      }
    };
    JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    engine = EventStorageEngines.jdbc(new SpringTransactionManager(spring))
        .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
            new SpringDataSourceConnectionProvider(dataSource)))
        .schema(EventSchema.builder().eventTable(schema + ".domainevententry")
            .snapshotTable(schema + ".snapshotevententry").build())
        .eventSerializer(serializer).snapshotSerializer(serializer)
        .batchSize(3)
        .build();
    engine.createSchema(PostgresEventTableFactory.INSTANCE);
  }

  @Test
  void readsEveryEventInOrderWithoutATransactionOfItsOwn() {
    append("one", "two", "three", "four", "five");

    assertThat(payloadsAfter(null)).containsExactly("one", "two", "three", "four", "five");
    assertThat(transactions).hasValue(5);
  }

  @Test
  void readsPastIndexesThatHoldNoEventManyBatchesWide() {
    append("before");
    jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'globalindex')) from generate_series(1, 10)",
        schema + ".domainevententry");
    append("after", "later");

    assertThat(payloadsAfter(null)).containsExactly("before", "after", "later");
  }

  @Test
  void readsTheEventsThatFilledATokensGapsWithTheNextOnes() {
    append("one", "two", "three", "four");
    long first = ((GapAwareTrackingToken) events(null).get(0).trackingToken()).getIndex();

    TrackingToken sawTwoButNotOne = GapAwareTrackingToken.newInstance(first + 1, Set.of(first));

    assertThat(payloadsAfter(sawTwoButNotOne)).containsExactly("one", "three", "four");
  }

  private void append(String... payloads) {
    for (String payload : payloads) {
      engine.appendEvents(GenericEventMessage.asEventMessage(payload));
    }
  }

  private List<? extends TrackedEventMessage<?>> events(TrackingToken after) {
    return engine.readEvents(after, false).toList();
  }

  private List<Object> payloadsAfter(TrackingToken after) {
    return events(after).stream().map(e -> (Object) e.getPayload()).toList();
  }

  private static DataSource dataSource() {
    TestDatabase.Server db = TestDatabase.get();
    return new DriverManagerDataSource(db.url(), db.user(), db.password());
  }
}
