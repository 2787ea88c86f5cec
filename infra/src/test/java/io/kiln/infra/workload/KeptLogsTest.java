package io.kiln.infra.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.infra.db.MigrationsAutoConfiguration;
import io.kiln.infra.testdb.TestDatabase;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class KeptLogsTest {
  static KeptLogs logs;

  @BeforeAll
  static void database() throws Exception {
    Connection connection = TestDatabase.get().connect();
    SingleConnectionDataSource data = new SingleConnectionDataSource(connection, true);
    MigrationsAutoConfiguration.flyway(data, MigrationsAutoConfiguration.EVENT_STORE_SCHEMA).migrate();
    logs = new KeptLogs(new JdbcTemplate(data));
  }

  @Test
  void aShortLogIsKeptWholeAndKeepingAgainReplacesIt() {
    LogTarget run = LogTarget.jobRun(UUID.randomUUID().toString(), 2);
    logs.keep(run, "one\ntwo\n");
    assertThat(logs.read(run)).contains("one\ntwo\n");
    logs.keep(run, "three\n");
    assertThat(logs.read(run)).contains("three\n");
    assertThat(logs.read(LogTarget.jobRun(run.id(), 1))).isEmpty();
  }

  @Test
  void aLongLogKeepsItsLastMebibyteFromALineStart() {
    LogTarget build = LogTarget.of(LogTarget.Kind.BUILD, UUID.randomUUID().toString());
    StringBuilder log = new StringBuilder();
    for (int i = 0; log.length() < 3 * KeptLogs.LIMIT; i++) {
      log.append("line ").append(i).append(" é\n");
    }
    logs.keep(build, log.toString());
    String kept = logs.read(build).orElseThrow();
    assertThat(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(KeptLogs.LIMIT);
    assertThat(kept).startsWith("line ").endsWith(log.substring(log.length() - 1000));
    assertThat(log.toString()).endsWith(kept);
  }
}
