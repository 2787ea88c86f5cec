package io.kiln.local.process;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The runtimes local compute has seen registered ({@code eventstore.local_runtime}). */
public class LocalRuntimes {
  private final JdbcTemplate jdbc;

  public LocalRuntimes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(LocalRuntime r) {
    jdbc.update("insert into eventstore.local_runtime (runtime_id, editor, image, local_command, editor_command) "
        + "values (?, ?, ?, ?, ?) on conflict (runtime_id) do update set image = excluded.image",
        r.runtimeId(), r.editor(), r.image(), r.localCommand(), r.editorCommand());
  }

  public void imageChanged(String runtimeId, String image) {
    jdbc.update("update eventstore.local_runtime set image = ? where runtime_id = ?", image, runtimeId);
  }

  public Optional<LocalRuntime> find(String runtimeId) {
    if (runtimeId == null) {
      return Optional.empty();
    }
    return jdbc.query("select runtime_id, editor, image, local_command, editor_command from eventstore.local_runtime "
        + "where runtime_id = ?", (rs, n) -> new LocalRuntime(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5)), runtimeId).stream().findFirst();
  }
}
