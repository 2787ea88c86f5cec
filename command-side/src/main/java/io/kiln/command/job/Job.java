package io.kiln.command.job;

import static io.kiln.command.job.JobDeadlines.armSchedule;
import static io.kiln.command.job.JobDeadlines.stopRun;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.DeleteJobCommand;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDefinitionChangedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobNotificationsChangedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRenamedEvent;
import io.kiln.domain.job.JobResumedEvent;
import io.kiln.domain.job.JobTriggerChangedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.PauseJobCommand;
import io.kiln.domain.job.ResumeJobCommand;
import io.kiln.domain.job.RunJobCommand;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.RunTriggerKind;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.job.TriggerType;
import io.kiln.domain.job.UpdateJobCommand;
import io.kiln.domain.project.ProjectRole;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A job: what its runs execute, what triggers them, paused or not. It starts every run of its own: when a person asks,
 * when its schedule fires (a persistent deadline: after downtime it fires once, for the time it missed), and when its
 * dependency process says its parents succeeded or one failed.
 */
@Aggregate
public class Job {
  private static final int REMEMBERED_RUNS = 64;

  @AggregateIdentifier
  private String jobId;
  private String projectId;
  private String ownerId;
  private JobSpec spec;
  private boolean paused;
  private boolean deleted;
  private long generation;
  private Instant lastScheduledFor;
  private final Deque<String> recentRuns = new ArrayDeque<>();

  protected Job() {}

  @CommandHandler
  public Job(CreateJobCommand command, Actor actor, ProjectAccess projects, Catalog catalog, JobGraph graph,
             JobSettings settings, RunLauncher launcher, DeadlineManager deadlines) {
    projects.of(command.projectId(), actor).require(actor, ProjectRole.CONTRIBUTOR, "define jobs");
    JobSpec defined = JobSpec.defined(command, catalog, graph, settings);
    apply(new JobCreatedEvent(command.jobId().value(), command.projectId(), actor.id(), defined.name(),
        defined.definition(), defined.trigger(), defined.notifications()));
    armSchedule(deadlines, launcher.now(), defined.trigger(), 0);
  }

  @CommandHandler
  public long handle(UpdateJobCommand command, Actor actor, ProjectAccess projects, Catalog catalog, JobGraph graph,
                     JobSettings settings, RunLauncher launcher, DeadlineManager deadlines) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "change jobs");
    JobSpec changed = spec.changedBy(command, projectId, catalog, graph, settings);
    if (!changed.name().equals(spec.name())) {
      apply(new JobRenamedEvent(jobId, changed.name()));
    }
    if (!changed.definition().equals(spec.definition())) {
      apply(new JobDefinitionChangedEvent(jobId, changed.definition()));
    }
    if (!changed.notifications().equals(spec.notifications())) {
      apply(new JobNotificationsChangedEvent(jobId, changed.notifications()));
    }
    if (!changed.trigger().equals(spec.trigger())) {
      apply(new JobTriggerChangedEvent(jobId, projectId, changed.trigger()));
      deadlines.cancelAllWithinScope(JobDeadlines.CRON);
      if (!paused) {
        armSchedule(deadlines, launcher.now(), changed.trigger(), generation);
      }
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(PauseJobCommand command, Actor actor, ProjectAccess projects, DeadlineManager deadlines) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "pause jobs");
    if (!paused) {
      apply(new JobPausedEvent(jobId));
      deadlines.cancelAllWithinScope(JobDeadlines.CRON);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ResumeJobCommand command, Actor actor, ProjectAccess projects, RunLauncher launcher,
                     DeadlineManager deadlines) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "resume jobs");
    if (paused) {
      apply(new JobResumedEvent(jobId));
      armSchedule(deadlines, launcher.now(), spec.trigger(), generation);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(DeleteJobCommand command, Actor actor, ProjectAccess projects, JobGraph graph,
                     ActiveJobRuns active, RunLauncher launcher, DeadlineManager deadlines) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "delete jobs");
    List<String> dependents = graph.dependents(jobId);
    if (!dependents.isEmpty()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "Jobs " + String.join(", ", dependents)
          + " depend on this job; change their triggers first");
    }
    List<String> runs = active.of(jobId).stream().map(ActiveJobRuns.ActiveRun::runId).toList();
    if (!runs.isEmpty() && !command.force()) {
      throw new KilnException(ErrorCode.JOB_RUN_ACTIVE, "Run " + runs.get(0) + " of this job is active; stop it "
          + "or delete the job with force");
    }
    apply(new JobDeletedEvent(jobId, projectId, runs));
    deadlines.cancelAllWithinScope(JobDeadlines.CRON);
    for (String run : runs) {
      stopRun(deadlines, run, StopReason.JOB_DELETED, launcher.now());
    }
    return getVersion();
  }

  @CommandHandler
  public String handle(RunJobCommand command, Actor actor, ProjectAccess projects, RunLauncher launcher,
                       DeadlineManager deadlines) throws Exception {
    require(actor, projects, ProjectRole.OPERATOR, "run jobs");
    if (paused) {
      throw new KilnException(ErrorCode.JOB_PAUSED, "The job is paused; resume it to run it");
    }
    launcher.launch(facts(), RunTrigger.manual(actor.id()), command.runId().value(), true, deadlines);
    return command.runId().value();
  }

  @DeadlineHandler(deadlineName = JobDeadlines.CRON)
  void scheduleFired(CronTick tick, RunLauncher launcher, DeadlineManager deadlines) throws Exception {
    if (deleted || paused || spec.trigger().type() != TriggerType.CRON || tick.generation() != generation
        || (lastScheduledFor != null && !tick.scheduledFor().isAfter(lastScheduledFor))) {
      return;
    }
    launcher.launch(facts(), RunTrigger.schedule(tick.scheduledFor()), RunIds.scheduled(jobId, tick.scheduledFor()),
        false, deadlines);
    Instant now = launcher.now();
    armSchedule(deadlines, now.isAfter(tick.scheduledFor()) ? now : tick.scheduledFor(), spec.trigger(), generation);
  }

  @DeadlineHandler(deadlineName = JobDeadlines.PARENTS_SUCCEEDED)
  void parentsSucceeded(ParentsSucceeded message, RunLauncher launcher, DeadlineManager deadlines) throws Exception {
    if (runsAfterParents(message.runId())) {
      launcher.launch(facts(), RunTrigger.parent(message.parentJobId(), message.parentRunId(), null),
          message.runId(), false, deadlines);
    }
  }

  @DeadlineHandler(deadlineName = JobDeadlines.PARENT_FAILED)
  void parentFailed(ParentFailed message, RunLauncher launcher) throws Exception {
    if (runsAfterParents(message.runId())) {
      launcher.skip(facts(), RunTrigger.parent(message.parentJobId(), message.parentRunId(), message.rootRunId()),
          message.runId(), SkipReason.PARENT_FAILED, "Run " + message.parentRunId() + " of a parent job did not "
              + "succeed");
    }
  }

  private boolean runsAfterParents(String runId) {
    return !deleted && !paused && spec.trigger().type() == TriggerType.DEPENDENT && !recentRuns.contains(runId);
  }

  private void require(Actor actor, ProjectAccess projects, ProjectRole minimum, String what) {
    if (deleted) {
      throw new KilnException(ErrorCode.JOB_NOT_FOUND, "Job not found");
    }
    projects.of(projectId, actor).require(actor, minimum, what);
  }

  private JobFacts facts() {
    return new JobFacts(jobId, projectId, ownerId, spec.name(), spec.definition(), spec.trigger());
  }

  @EventSourcingHandler
  void on(JobCreatedEvent event) {
    jobId = event.jobId();
    projectId = event.projectId();
    ownerId = event.ownerId();
    spec = new JobSpec(event.name(), event.definition(), event.trigger(), event.notifications());
  }

  @EventSourcingHandler
  void on(JobRenamedEvent event) {
    spec = new JobSpec(event.name(), spec.definition(), spec.trigger(), spec.notifications());
  }

  @EventSourcingHandler
  void on(JobDefinitionChangedEvent event) {
    spec = new JobSpec(spec.name(), event.definition(), spec.trigger(), spec.notifications());
  }

  @EventSourcingHandler
  void on(JobNotificationsChangedEvent event) {
    spec = new JobSpec(spec.name(), spec.definition(), spec.trigger(), event.notifications());
  }

  @EventSourcingHandler
  void on(JobTriggerChangedEvent event) {
    spec = new JobSpec(spec.name(), spec.definition(), event.trigger(), spec.notifications());
    generation++;
  }

  @EventSourcingHandler
  void on(JobPausedEvent event) {
    paused = true;
  }

  @EventSourcingHandler
  void on(JobResumedEvent event) {
    paused = false;
    generation++;
  }

  @EventSourcingHandler
  void on(JobDeletedEvent event) {
    deleted = true;
  }

  @EventSourcingHandler
  void on(JobTriggeredEvent event) {
    if (event.trigger().kind() == RunTriggerKind.SCHEDULE) {
      lastScheduledFor = event.trigger().scheduledFor();
    }
    recentRuns.addLast(event.runId());
    if (recentRuns.size() > REMEMBERED_RUNS) {
      recentRuns.removeFirst();
    }
  }
}
