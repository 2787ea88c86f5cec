package io.kiln.command.catalog;

import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.workload.Resources;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCatalog implements Catalog, RuntimeNames {
  private final JdbcTemplate jdbc;

  JdbcCatalog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuntimeEntry> runtime(String runtimeId) {
    return jdbc.query("select runtime_id, name, image, editor, status, project_id, kernel "
            + "from eventstore.catalog_runtime where runtime_id = ?", (rs, n) -> new RuntimeEntry(rs.getString(1),
            rs.getString(2), rs.getString(3), WireNames.parse(Editor.class, rs.getString(4)).orElseThrow(),
            WireNames.parse(RuntimeStatus.class, rs.getString(5)).orElseThrow(), rs.getString(6),
            rs.getString(7)), runtimeId)
        .stream().findFirst();
  }

  @Override
  public Optional<ProfileEntry> profile(String profileId) {
    return jdbc.query("select profile_id, name, cpu_millis, memory_mib, gpus, gpu_type, retired "
            + "from eventstore.catalog_profile where profile_id = ?", (rs, n) -> new ProfileEntry(rs.getString(1),
            rs.getString(2), new Resources(rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getString(6)),
            rs.getBoolean(7)), profileId)
        .stream().findFirst();
  }

  @Override
  public Optional<String> runtimeNamed(String name, String projectId) {
    return jdbc.queryForList("select runtime_id from eventstore.catalog_runtime where name_key = ? "
        + "and coalesce(project_id, '') = ?", String.class, key(name), projectId == null ? "" : projectId)
        .stream().findFirst();
  }

  @Override
  public boolean runtimeNameTaken(String name, String projectId) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.catalog_runtime "
        + "where name_key = ? and coalesce(project_id, '') = ?)", Boolean.class, key(name),
        projectId == null ? "" : projectId));
  }

  @Override
  public boolean profileNameTaken(String name) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.catalog_profile "
        + "where name_key = ?)", Boolean.class, key(name)));
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
