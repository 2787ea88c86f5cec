package io.kiln.command.job;

import io.kiln.command.LookupTables;
import io.kiln.domain.job.JobRunEnded;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A run is active from its start until it ends; asked to stop (or replaced), it no longer holds quota. */
@Component
@ProcessingGroup(LookupTables.ACTIVE_JOB_RUNS)
class ActiveJobRunsUpdater {
  private final JdbcTemplate jdbc;

  ActiveJobRunsUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(JobRunScheduledEvent e) {
    jdbc.update("insert into eventstore.job_run_active (run_id, job_id, cpu_millis, memory_mib, gpus, stopping) "
            + "values (?, ?, ?, ?, ?, false) on conflict (run_id) do nothing", e.runId(), e.jobId(),
        e.resources().cpuMillis(), e.resources().memoryMiB(), e.resources().gpus());
  }

  @EventHandler
  void on(JobTriggeredEvent e) {
    e.replacedRunIds().forEach(this::stopping);
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    stopping(e.runId());
  }

  @EventHandler
  void on(JobRunEnded e) {
    ended(e.runId());
  }

  private void stopping(String runId) {
    jdbc.update("update eventstore.job_run_active set stopping = true where run_id = ?", runId);
  }

  private void ended(String runId) {
    jdbc.update("delete from eventstore.job_run_active where run_id = ?", runId);
  }
}
