package io.kiln.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {
  @TempDir
  Path home;

  @Test
  void dataSurvivesAStopAndAStart() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, 0);
         var connection = DriverManager.getConnection(server.jdbcUrl())) {
      connection.createStatement().execute("create table kept (value text)");
      connection.createStatement().execute("insert into kept values ('still here')");
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, 0);
         var connection = DriverManager.getConnection(server.jdbcUrl());
         var rs = connection.createStatement().executeQuery("select value from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void commitsAreDurable() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, 0);
         var connection = DriverManager.getConnection(server.jdbcUrl());
         var rs = connection.createStatement().executeQuery(
             "select current_setting('fsync'), current_setting('synchronous_commit'), "
                 + "current_setting('full_page_writes')")) {
      assertThat(rs.next()).isTrue();
      assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsOnly("on");
    }
  }
}
