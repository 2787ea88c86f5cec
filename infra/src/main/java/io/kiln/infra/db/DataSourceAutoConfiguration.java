package io.kiln.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.kiln.infra.KilnProperties;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/** The one DataSource of Kiln: the configured server, or the embedded one when {@code kiln.db.url} is not set. */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration.class)
@EnableConfigurationProperties({KilnProperties.class, DatabaseProperties.class})
public class DataSourceAutoConfiguration {

  @Bean(destroyMethod = "close")
  @Conditional(NoDatabaseUrlCondition.class)
  EmbeddedPostgresServer embeddedPostgresServer(KilnProperties kiln, DatabaseProperties db) {
    return EmbeddedPostgresServer.start(kiln.home(), db.embeddedPort());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseProperties db, ObjectProvider<EmbeddedPostgresServer> embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("kiln");
    config.setMaximumPoolSize(db.poolSize());
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
    if (db.embedded()) {
      EmbeddedPostgresServer server = embedded.getObject();
      config.setJdbcUrl(server.jdbcUrl());
      config.setUsername(EmbeddedPostgresServer.USER);
    } else {
      config.setJdbcUrl(db.url());
      config.setUsername(db.user());
      config.setPassword(db.password());
    }
    return new HikariDataSource(config);
  }
}
