package io.kiln.command.job;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobRenamedEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggerChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code job_node} and {@code job_edge}; the unique name index refuses a racing duplicate name. */
@Component
@ProcessingGroup(LookupTables.JOB_GRAPH)
class JobGraphUpdater {
  private final JdbcTemplate jdbc;

  JobGraphUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(JobCreatedEvent e) {
    unique(e.name(), () -> jdbc.update("insert into eventstore.job_node (job_id, project_id, name, name_key) "
        + "values (?, ?, ?, ?) on conflict (job_id) do nothing", e.jobId(), e.projectId(), e.name(),
        JdbcJobGraph.key(e.name())));
    edges(e.jobId(), e.trigger());
  }

  @EventHandler
  void on(JobRenamedEvent e) {
    unique(e.name(), () -> jdbc.update("update eventstore.job_node set name = ?, name_key = ? where job_id = ?",
        e.name(), JdbcJobGraph.key(e.name()), e.jobId()));
  }

  @EventHandler
  void on(JobTriggerChangedEvent e) {
    edges(e.jobId(), e.trigger());
  }

  @EventHandler
  void on(JobDeletedEvent e) {
    jdbc.update("delete from eventstore.job_edge where job_id = ?", e.jobId());
    jdbc.update("delete from eventstore.job_node where job_id = ?", e.jobId());
  }

  private void edges(String jobId, JobTrigger trigger) {
    jdbc.update("delete from eventstore.job_edge where job_id = ?", jobId);
    for (String parent : trigger.parents()) {
      jdbc.update("insert into eventstore.job_edge (job_id, parent_job_id) values (?, ?) on conflict do nothing",
          jobId, parent);
    }
  }

  private static void unique(String name, Runnable write) {
    try {
      write.run();
    } catch (DuplicateKeyException duplicate) {
      throw new KilnException(ErrorCode.JOB_NAME_TAKEN, "This project already has a job named " + name);
    }
  }
}
