package io.kiln.local.builds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.infra.axon.StoredMessageJson;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The builds local compute runs ({@code eventstore.local_build}): queued, admitted, running, ended. */
public class LocalBuilds {
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private final JdbcTemplate jdbc;

  public LocalBuilds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void requested(BuildRequestedEvent e) {
    try {
      jdbc.update("insert into eventstore.local_build (build_id, request) values (?, ?) on conflict do nothing",
          e.buildId(), JSON.writeValueAsString(e));
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException(failure);
    }
  }

  public void admitted(String buildId) {
    jdbc.update("update eventstore.local_build set status = 'admitted', updated_at = now() where build_id = ? "
        + "and status = 'queued'", buildId);
  }

  public void ended(String buildId) {
    jdbc.update("update eventstore.local_build set status = 'ended', updated_at = now() where build_id = ?", buildId);
  }

  /** Claims an admitted build for running; false when another run took it or it ended. */
  public boolean claim(String buildId) {
    return jdbc.update("update eventstore.local_build set status = 'running', updated_at = now() where build_id = ? "
        + "and status = 'admitted'", buildId) > 0;
  }

  public List<BuildRequestedEvent> admitted() {
    return jdbc.query("select request from eventstore.local_build where status = 'admitted' order by updated_at",
        (rs, n) -> read(rs.getString(1)));
  }

  /** Those of {@code buildIds} that ended (cancelled, or reported). */
  public List<String> ended(java.util.Collection<String> buildIds) {
    return jdbc.queryForList("select build_id from eventstore.local_build where status = 'ended' "
        + "and build_id = any(?)", String.class, (Object) buildIds.toArray(String[]::new));
  }

  /** Builds that were running when Kiln stopped: their process is gone with it. */
  public List<String> interrupted() {
    return jdbc.queryForList("select build_id from eventstore.local_build where status = 'running'", String.class);
  }

  private static BuildRequestedEvent read(String json) {
    try {
      return JSON.readValue(json, BuildRequestedEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable local build request", e);
    }
  }
}
