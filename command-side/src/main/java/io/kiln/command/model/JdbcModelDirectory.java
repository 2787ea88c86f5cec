package io.kiln.command.model;

import io.kiln.domain.model.ModelRules;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcModelDirectory implements ModelDirectory {
  private final JdbcTemplate jdbc;

  JdbcModelDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean nameTaken(String projectId, String name) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.model_entry "
        + "where project_id = ? and name_key = ?)", Boolean.class, projectId, ModelRules.nameKey(name)));
  }

  @Override
  public Optional<ModelEntry> model(String modelId) {
    return jdbc.query("select model_id, project_id, name from eventstore.model_entry where model_id = ?",
        (rs, n) -> new ModelEntry(rs.getString(1), rs.getString(2), rs.getString(3)), modelId).stream().findFirst();
  }

  @Override
  public Optional<VersionEntry> version(String modelId, int number) {
    return jdbc.query("select number, image, digest from eventstore.model_version_entry "
            + "where model_id = ? and number = ?",
        (rs, n) -> new VersionEntry(rs.getInt(1), rs.getString(2), rs.getString(3)), modelId, number)
        .stream().findFirst();
  }
}
