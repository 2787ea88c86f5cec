package io.kiln.bench;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The server both sides ran against, and the settings that decide what a commit costs. */
public record DatabaseInfo(String kind, String version, String synchronousCommit, String fsync, int poolSize) {

  public static DatabaseInfo read(DataSource dataSource, boolean embedded, int poolSize) {
    return new JdbcTemplate(dataSource).queryForObject(
        "select current_setting('server_version'), current_setting('synchronous_commit'), current_setting('fsync')",
        (rs, row) -> new DatabaseInfo(embedded ? "embedded" : "configured", rs.getString(1), rs.getString(2),
            rs.getString(3), poolSize));
  }
}
