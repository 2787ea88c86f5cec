package io.kiln.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.infra.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The Flyway migration of schema {@code eventstore} against Axon's own {@code createSchema(...)} for PostgreSQL: the
 * same tables, columns, types and nullability, so that Axon reads and writes them as it would its own.
 */
class AxonSchemaParityTest {

  @Test
  void eventStoreMigrationMatchesAxonsOwnSchema() throws Exception {
    String axonSchema = "axon_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = TestDatabase.get().connect()) {
      connection.createStatement().execute("create schema " + axonSchema);
      connection.createStatement().execute("set search_path to " + axonSchema);
      DataSource axon = new SingleConnectionDataSource(connection, true);
      createAxonTables(axon);

      DataSource kiln = new SingleConnectionDataSource(TestDatabase.get().connect(), false);
      MigrationsAutoConfiguration.flyway(kiln, MigrationsAutoConfiguration.EVENT_STORE_SCHEMA).migrate();

      List<String> axonColumns = columns(connection, axonSchema);
      List<String> kilnColumns = columns(connection, MigrationsAutoConfiguration.EVENT_STORE_SCHEMA);
      kilnColumns.removeIf(c -> !tableOf(c).matches("domainevententry|snapshotevententry|tokenentry|sagaentry"
          + "|associationvalueentry|deadletterentry"));
      assertThat(axonColumns).isNotEmpty().containsExactlyInAnyOrderElementsOf(kilnColumns);
      System.out.println("Axon's indexes:\n  " + String.join("\n  ", indexes(connection, axonSchema)));
      assertThat(indexes(connection, MigrationsAutoConfiguration.EVENT_STORE_SCHEMA))
          .containsAll(indexes(connection, axonSchema));
    }
  }

  private static void createAxonTables(DataSource dataSource) throws SQLException {
    var connections = new DataSourceConnectionProvider(dataSource);
    var serializer = JacksonSerializer.defaultSerializer();
    JdbcEventStorageEngine.builder().connectionProvider(connections).transactionManager(NoTransactionManager.INSTANCE)
        .eventSerializer(serializer).snapshotSerializer(serializer).build()
        .createSchema(PostgresEventTableFactory.INSTANCE);
    JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer).build()
        .createSchema(PostgresTokenTableFactory.INSTANCE);
    JdbcSagaStore.builder().connectionProvider(connections).serializer(serializer)
        .sqlSchema(new PostgresSagaSqlSchema()).build().createSchema();
    JdbcSequencedDeadLetterQueue.builder().processingGroup("parity").connectionProvider(connections)
        .transactionManager(NoTransactionManager.INSTANCE).genericSerializer(serializer).eventSerializer(serializer).build()
        .createSchema(new GenericDeadLetterTableFactory() {
          @Override
          protected String serializedDataType() {
            return "BYTEA";
          }
        });
  }

  private static List<String> columns(Connection connection, String schema) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var statement = connection.prepareStatement("""
        select table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable
        from information_schema.columns where table_schema = ? order by 1, 2""")) {
      statement.setString(1, schema);
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + rs.getString(4)
              + " null=" + rs.getString(5));
        }
      }
    }
    return columns;
  }

  /** Each index as its table, uniqueness and columns, whatever its name. */
  private static List<String> indexes(Connection connection, String schema) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (var statement = connection.prepareStatement("""
        select t.relname, ix.indisunique, string_agg(a.attname, ',' order by k.ordinality)
        from pg_index ix
        join pg_class i on i.oid = ix.indexrelid
        join pg_class t on t.oid = ix.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        cross join lateral unnest(ix.indkey) with ordinality as k(attnum, ordinality)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
        where n.nspname = ?
        group by t.relname, i.relname, ix.indisunique
        order by 1, 3""")) {
      statement.setString(1, schema);
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          indexes.add(rs.getString(1) + (rs.getBoolean(2) ? " unique (" : " (") + rs.getString(3) + ")");
        }
      }
    }
    return indexes;
  }

  private static String tableOf(String column) {
    return column.substring(0, column.indexOf('.'));
  }
}
