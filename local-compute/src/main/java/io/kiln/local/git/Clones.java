package io.kiln.local.git;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clones Kiln was asked for, in PostgreSQL. A wish is written in the transaction of the event that asked for it
 * and never repeated: a clone that ended is not done again, one that was interrupted still is.
 */
public class Clones {
  private static final String COLUMNS = "project_id, url, ref, status, commit_id, reason";
  private final JdbcTemplate jdbc;
  private volatile Runnable onChange = () -> { };

  public Clones(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void onChange(Runnable listener) {
    this.onChange = listener;
  }

  void want(String projectId, String url, String ref) {
    if (jdbc.update("insert into eventstore.project_clone (project_id, url, ref) values (?, ?, ?) "
        + "on conflict (project_id) do nothing", UUID.fromString(projectId), url, ref) > 0) {
      onChange.run();
    }
  }

  List<Clone> wanted() {
    return jdbc.query("select " + COLUMNS + " from eventstore.project_clone where status = 'wanted' "
        + "order by requested_at", (rs, i) -> row(rs));
  }

  List<Clone> unreported() {
    return jdbc.query("select " + COLUMNS + " from eventstore.project_clone where status <> 'wanted' "
        + "and not reported order by finished_at", (rs, i) -> row(rs));
  }

  void cloned(String projectId, String commit) {
    jdbc.update("update eventstore.project_clone set status = 'cloned', commit_id = ?, finished_at = now() "
        + "where project_id = ? and status = 'wanted'", commit, UUID.fromString(projectId));
  }

  void failed(String projectId, String reason) {
    jdbc.update("update eventstore.project_clone set status = 'failed', reason = ?, finished_at = now() "
        + "where project_id = ? and status = 'wanted'", reason, UUID.fromString(projectId));
  }

  void reported(String projectId) {
    jdbc.update("update eventstore.project_clone set reported = true where project_id = ?",
        UUID.fromString(projectId));
  }

  private static Clone row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Clone(rs.getString("project_id"), rs.getString("url"), rs.getString("ref"), rs.getString("status"),
        rs.getString("commit_id"), rs.getString("reason"));
  }
}
