package io.kiln.command.job;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.command.catalog.ProfileEntry;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.command.quota.QuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.List;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.stereotype.Component;

/**
 * How a job starts a run, within the job's command or deadline: its concurrency policy, its runtime and profile, its
 * owner's quota decide; the run is created in the same transaction. A person's start that cannot happen is refused;
 * a schedule's or a parent's start is recorded as a skipped run instead.
 */
@Component
public class RunLauncher {
  private final Catalog catalog;
  private final QuotaLedger quotas;
  private final ActiveJobRuns active;
  private final JobClock clock;

  public RunLauncher(Catalog catalog, QuotaLedger quotas, ActiveJobRuns active, JobClock clock) {
    this.catalog = catalog;
    this.quotas = quotas;
    this.active = active;
    this.clock = clock;
  }

  Instant now() {
    return clock.now();
  }

  void launch(JobFacts job, RunTrigger trigger, String runId, boolean byPerson, DeadlineManager deadlines)
      throws Exception {
    List<ActiveJobRuns.ActiveRun> running = active.of(job.jobId());
    ConcurrencyPolicy policy = job.trigger().policy();
    if (!running.isEmpty() && policy == ConcurrencyPolicy.FORBID) {
      String why = "Run " + running.get(0).runId() + " of this job is still active and its policy is forbid";
      if (byPerson) {
        throw new KilnException(ErrorCode.JOB_RUN_ACTIVE, why);
      }
      skip(job, trigger, runId, SkipReason.CONCURRENCY_FORBID, why);
      return;
    }
    List<ActiveJobRuns.ActiveRun> replaced = policy == ConcurrencyPolicy.REPLACE
        ? running.stream().filter(r -> !r.stopping()).toList() : List.of();
    RuntimeEntry runtime;
    ProfileEntry profile;
    try {
      runtime = CatalogEntries.usableRuntime(catalog, job.definition().runtimeId(), job.projectId());
      profile = CatalogEntries.activeProfile(catalog, job.definition().profileId());
      quotas.reserve(job.ownerId(), withoutReplaced(profile.resources(), replaced));
    } catch (KilnException refused) {
      if (byPerson) {
        throw refused;
      }
      skip(job, trigger, runId, refused.code() == ErrorCode.QUOTA_EXCEEDED ? SkipReason.QUOTA_EXCEEDED
          : SkipReason.START_REFUSED, refused.getMessage());
      return;
    }
    apply(new JobTriggeredEvent(job.jobId(), runId, trigger, null,
        replaced.stream().map(ActiveJobRuns.ActiveRun::runId).toList()));
    var definition = job.definition();
    var started = new JobRunScheduledEvent(runId, job.jobId(), job.projectId(), job.ownerId(), job.name(), trigger,
        runtime.id(), runtime.name(), runtime.image(), runtime.deprecated(), profile.id(), profile.name(),
        profile.resources(), definition.script(), definition.arguments(), definition.environment(),
        definition.timeoutSeconds(), definition.retry());
    createNew(JobRun.class, () -> new JobRun(started, deadlines, clock));
    for (var run : replaced) {
      JobDeadlines.stopRun(deadlines, run.runId(), StopReason.REPLACED, clock.now());
    }
  }

  void skip(JobFacts job, RunTrigger trigger, String runId, SkipReason reason, String detail) throws Exception {
    apply(new JobTriggeredEvent(job.jobId(), runId, trigger, reason, List.of()));
    var skipped = new JobRunSkippedEvent(runId, job.jobId(), job.projectId(), job.ownerId(), job.name(), trigger,
        reason, detail);
    createNew(JobRun.class, () -> new JobRun(skipped));
  }

  /** What a replacing run adds to its owner's usage: the runs it replaces give theirs back as it starts. */
  private static Resources withoutReplaced(Resources asked, List<ActiveJobRuns.ActiveRun> replaced) {
    Resources freed = replaced.stream().map(ActiveJobRuns.ActiveRun::held).reduce(Resources.NONE, Resources::plus);
    return new Resources(Math.max(0, asked.cpuMillis() - freed.cpuMillis()),
        Math.max(0, asked.memoryMiB() - freed.memoryMiB()), Math.max(0, asked.gpus() - freed.gpus()),
        asked.gpuType());
  }
}
