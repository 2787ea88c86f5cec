package io.kiln.infra.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Two schemas, each migrated by its own Flyway at start-up: {@code eventstore} (Axon's tables, command-side lookup
 * tables, effector state; scripts under {@code db/eventstore} of any module) and {@code readmodel} (projections;
 * scripts under {@code db/readmodel}).
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
public class MigrationsAutoConfiguration {
  public static final String EVENT_STORE_SCHEMA = "eventstore";
  public static final String READ_MODEL_SCHEMA = "readmodel";

  @Bean
  Flyway eventStoreFlyway(DataSource dataSource) {
    return flyway(dataSource, EVENT_STORE_SCHEMA);
  }

  @Bean
  Flyway readModelFlyway(DataSource dataSource) {
    return flyway(dataSource, READ_MODEL_SCHEMA);
  }

  @Bean
  FlywayMigrationInitializer eventStoreMigration(Flyway eventStoreFlyway) {
    return new FlywayMigrationInitializer(eventStoreFlyway);
  }

  @Bean
  FlywayMigrationInitializer readModelMigration(Flyway readModelFlyway) {
    return new FlywayMigrationInitializer(readModelFlyway);
  }

  /**
   * Each module owns a range of versions, so a module's new migration may sort below one already applied from
   * another range: such a migration is applied, not refused.
   */
  public static Flyway flyway(DataSource dataSource, String schema) {
    return Flyway.configure()
        .outOfOrder(true)
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations("classpath:db/" + schema)
        .load();
  }
}
