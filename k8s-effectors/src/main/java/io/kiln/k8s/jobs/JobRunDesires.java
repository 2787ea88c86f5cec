package io.kiln.k8s.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.job.JobRunAttemptFailedEvent;
import io.kiln.domain.job.JobRunAttemptStartedEvent;
import io.kiln.domain.job.JobRunEnded;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.infra.axon.StoredMessageJson;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.storage.StorageManifests;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wants the Job of a run's current attempt from the moment the attempt begins until it ends; a stop deletes it
 * (its pods with it), a retry wants the next attempt's Job.
 */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(JobRunDesires.GROUP)
class JobRunDesires {
  static final String GROUP = "k8s-job-runs";
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private final DesiredObjects desired;
  private final JdbcTemplate jdbc;
  private final K8sSettings settings;

  JobRunDesires(DesiredObjects desired, JdbcTemplate jdbc, K8sSettings settings) {
    this.desired = desired;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @EventHandler
  void on(JobRunScheduledEvent e) throws JsonProcessingException {
    JobRunSpec spec = new JobRunSpec(e.runId(), e.jobId(), e.projectId(), e.ownerId(), e.image(), e.resources(),
        e.script(), e.arguments(), e.environment(), e.timeoutSeconds());
    jdbc.update("insert into eventstore.k8s_job_run (run_id, spec) values (?, ?) on conflict do nothing",
        e.runId(), JSON.writeValueAsString(spec));
    attempt(spec, 1);
  }

  @EventHandler
  void on(JobRunAttemptStartedEvent e) throws JsonProcessingException {
    var specs = jdbc.queryForList("select spec from eventstore.k8s_job_run where run_id = ?", String.class,
        e.runId());
    if (!specs.isEmpty()) {
      attempt(JSON.readValue(specs.get(0), JobRunSpec.class), e.attempt());
    }
  }

  @EventHandler
  void on(JobRunAttemptFailedEvent e) {
    desired.unwant(owner(e.runId(), e.attempt()));
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    unwantAll(e.runId());
  }

  @EventHandler
  void on(JobRunEnded e) {
    ended(e.runId());
  }

  private void attempt(JobRunSpec spec, int attempt) {
    boolean storage = StorageManifests.configured(settings);
    if (storage) {
      StorageManifests.of(spec.projectId(), spec.ownerId(), settings)
          .forEach(o -> desired.want("storage:" + spec.projectId() + ":" + spec.ownerId(), o));
    }
    desired.want(owner(spec.runId(), attempt), JobManifests.of(spec, attempt, storage));
  }

  private void ended(String runId) {
    unwantAll(runId);
    jdbc.update("delete from eventstore.k8s_job_run where run_id = ?", runId);
  }

  private void unwantAll(String runId) {
    desired.unwantOwnedBy(owner(runId, null));
  }

  /** The owner of one attempt's Job; with {@code attempt} null, the prefix every attempt of the run shares. */
  static String owner(String runId, Integer attempt) {
    return "job-run:" + runId + ":" + (attempt == null ? "" : attempt);
  }
}
