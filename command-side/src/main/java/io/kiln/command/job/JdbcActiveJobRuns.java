package io.kiln.command.job;

import io.kiln.domain.workload.Resources;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcActiveJobRuns implements ActiveJobRuns {
  private final JdbcTemplate jdbc;

  JdbcActiveJobRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ActiveRun> of(String jobId) {
    return jdbc.query("select run_id, cpu_millis, memory_mib, gpus, stopping from eventstore.job_run_active "
            + "where job_id = ? order by run_id", (rs, n) -> new ActiveRun(rs.getString(1),
            new Resources(rs.getLong(2), rs.getLong(3), rs.getInt(4), null), rs.getBoolean(5)), jobId);
  }
}
