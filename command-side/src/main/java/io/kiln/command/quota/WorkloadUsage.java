package io.kiln.command.quota;

import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.WorkloadKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rows of the ledger: a workload starts holding resources, or stops. Idempotent. */
@Component
public class WorkloadUsage {
  private final JdbcTemplate jdbc;

  WorkloadUsage(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void hold(String workloadId, String userId, WorkloadKind kind, Resources resources) {
    jdbc.update("""
        insert into eventstore.workload_usage (workload_id, user_id, kind, cpu_millis, memory_mib, gpus)
        values (?, ?, ?, ?, ?, ?)
        on conflict (workload_id) do update set cpu_millis = excluded.cpu_millis, memory_mib = excluded.memory_mib,
          gpus = excluded.gpus""", workloadId, userId, kind.name(), resources.cpuMillis(), resources.memoryMiB(),
        resources.gpus());
  }

  public void release(String workloadId) {
    jdbc.update("delete from eventstore.workload_usage where workload_id = ?", workloadId);
  }

  void limit(String userId, long cpuMillis, long memoryMiB, int gpus) {
    jdbc.update("""
        insert into eventstore.quota_limit (user_id, cpu_millis, memory_mib, gpus) values (?, ?, ?, ?)
        on conflict (user_id) do update set cpu_millis = excluded.cpu_millis, memory_mib = excluded.memory_mib,
          gpus = excluded.gpus""", userId, cpuMillis, memoryMiB, gpus);
  }

  void unlimit(String userId) {
    jdbc.update("delete from eventstore.quota_limit where user_id = ?", userId);
  }
}
