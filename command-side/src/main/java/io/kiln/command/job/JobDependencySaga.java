package io.kiln.command.job;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobResumedEvent;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggerChangedEvent;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.TriggerType;
import java.time.Duration;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * The dependencies of one dependent job: it follows the outcome of each parent's latest run. When every parent has
 * succeeded since the job's last run, it tells the job to run; when a parent's run fails (or is skipped because
 * something before it failed), it tells the job to record a skipped run, once per original failure. It talks to the
 * job by persistent deadlines due at once, stored in its own transaction. It ends when the job is deleted or stops
 * depending on others.
 */
@Saga
@ProcessingGroup(JobDependencySaga.GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class JobDependencySaga {
  public static final String GROUP = "job-dependencies";
  static final String JOB = "jobId";
  static final String PARENT = "parentJobId";

  private String jobId;
  private TreeSet<String> parents = new TreeSet<>();
  private TreeSet<String> succeeded = new TreeSet<>();
  private boolean paused;
  private String lastSkipRoot;

  @StartSaga
  @SagaEventHandler(associationProperty = JOB)
  void on(JobCreatedEvent event) {
    jobId = event.jobId();
    follow(event.trigger());
  }

  @StartSaga
  @SagaEventHandler(associationProperty = JOB)
  void on(JobTriggerChangedEvent event) {
    jobId = event.jobId();
    follow(event.trigger());
  }

  @SagaEventHandler(associationProperty = JOB)
  void on(JobPausedEvent event) {
    paused = true;
  }

  @SagaEventHandler(associationProperty = JOB)
  void on(JobResumedEvent event) {
    paused = false;
  }

  @EndSaga
  @SagaEventHandler(associationProperty = JOB)
  void on(JobDeletedEvent event) {
    // the job is gone, and with it what it waited for
  }

  /** The job ran (however it was started): from now on, each parent must succeed again. */
  @SagaEventHandler(associationProperty = JOB)
  void on(JobRunScheduledEvent event) {
    succeeded.clear();
  }

  @SagaEventHandler(associationProperty = JOB, keyName = PARENT)
  void on(JobRunSucceededEvent event, DeadlineManager deadlines) {
    succeeded.add(event.jobId());
    if (!paused && succeeded.containsAll(parents)) {
      succeeded.clear();
      String runId = RunIds.afterParents(jobId, event.runId());
      deadlines.schedule(Duration.ZERO, JobDeadlines.PARENTS_SUCCEEDED, new ParentsSucceeded(runId, event.jobId(),
          event.runId()), JobDeadlines.job(jobId));
    }
  }

  @SagaEventHandler(associationProperty = JOB, keyName = PARENT)
  void on(JobRunFailedEvent event, DeadlineManager deadlines) {
    parentDidNotSucceed(event.jobId(), event.runId(), event.runId(), deadlines);
  }

  @SagaEventHandler(associationProperty = JOB, keyName = PARENT)
  void on(JobRunTimedOutEvent event, DeadlineManager deadlines) {
    parentDidNotSucceed(event.jobId(), event.runId(), event.runId(), deadlines);
  }

  @SagaEventHandler(associationProperty = JOB, keyName = PARENT)
  void on(JobRunStoppedEvent event, DeadlineManager deadlines) {
    parentDidNotSucceed(event.jobId(), event.runId(), event.runId(), deadlines);
  }

  /** A skip for the {@code forbid} policy is no outcome: the parent's active run will have one. */
  @SagaEventHandler(associationProperty = JOB, keyName = PARENT)
  void on(JobRunSkippedEvent event, DeadlineManager deadlines) {
    if (event.reason() != SkipReason.CONCURRENCY_FORBID) {
      String root = event.trigger().rootRunId() == null ? event.runId() : event.trigger().rootRunId();
      parentDidNotSucceed(event.jobId(), event.runId(), root, deadlines);
    }
  }

  private void parentDidNotSucceed(String parentJobId, String parentRunId, String rootRunId,
                                   DeadlineManager deadlines) {
    succeeded.remove(parentJobId);
    if (!paused && !rootRunId.equals(lastSkipRoot)) {
      lastSkipRoot = rootRunId;
      var skip = new ParentFailed(RunIds.skippedAfter(jobId, rootRunId), parentJobId, parentRunId, rootRunId);
      deadlines.schedule(Duration.ZERO, JobDeadlines.PARENT_FAILED, skip, JobDeadlines.job(jobId));
    }
  }

  private void follow(JobTrigger trigger) {
    if (trigger.type() != TriggerType.DEPENDENT) {
      SagaLifecycle.end();
      return;
    }
    for (String old : parents) {
      if (!trigger.parents().contains(old)) {
        SagaLifecycle.removeAssociationWith(PARENT, old);
      }
    }
    for (String parent : trigger.parents()) {
      if (!parents.contains(parent)) {
        SagaLifecycle.associateWith(PARENT, parent);
      }
    }
    parents = new TreeSet<>(trigger.parents());
    succeeded.retainAll(parents);
  }
}
