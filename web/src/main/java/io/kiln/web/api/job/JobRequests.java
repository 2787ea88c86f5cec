package io.kiln.web.api.job;

import io.kiln.domain.WireNames;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.TriggerType;
import io.kiln.domain.job.UpdateJobCommand;
import io.kiln.web.api.Required;

/** Turns job requests into commands: wire names into enums; the rules themselves are the command side's. */
public final class JobRequests {
  private JobRequests() {}

  public static CreateJobCommand create(JobId id, String projectId, JobRequest body) {
    return new CreateJobCommand(id, projectId, body.name(), body.script(), body.arguments(), body.environment(),
        body.runtimeId(), body.profileId(), body.timeoutSeconds(), retry(body.retry()), trigger(body.trigger()),
        body.notifications());
  }

  public static UpdateJobCommand update(JobId id, JobRequest body, Long expectedVersion) {
    return new UpdateJobCommand(id, body.name(), body.script(), body.arguments(), body.environment(),
        body.runtimeId(), body.profileId(), body.timeoutSeconds(), retry(body.retry()), trigger(body.trigger()),
        body.notifications(), expectedVersion);
  }

  private static RetryPolicy retry(JobRequest.RetryRequest retry) {
    if (retry == null) {
      return null;
    }
    int maxAttempts = Required.field("retry.maxAttempts", retry.maxAttempts());
    return new RetryPolicy(maxAttempts, retry.delaySeconds() == null ? 0 : retry.delaySeconds(),
        retry.on() == null ? null : retry.on().stream()
            .map(on -> WireNames.require(FailureKind.class, "retry.on", on)).toList());
  }

  private static JobTrigger trigger(JobRequest.TriggerRequest trigger) {
    if (trigger == null) {
      return null;
    }
    TriggerType type = WireNames.require(TriggerType.class, "trigger.type", Required.field("trigger.type",
        trigger.type()));
    ConcurrencyPolicy concurrency = trigger.concurrency() == null ? null
        : WireNames.require(ConcurrencyPolicy.class, "trigger.concurrency", trigger.concurrency());
    return new JobTrigger(type, trigger.cron(), trigger.timeZone(), concurrency, trigger.parentJobIds());
  }
}
