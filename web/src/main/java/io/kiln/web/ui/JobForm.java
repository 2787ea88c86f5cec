package io.kiln.web.ui;

import io.kiln.domain.job.JobView;
import io.kiln.domain.job.TriggerType;
import io.kiln.web.api.job.JobRequest;
import java.util.List;

/** The job form as the browser posts it. */
public record JobForm(String name, String script, String runtimeId, String profileId, Long timeoutSeconds,
                      String triggerType, String cron, String timeZone, String concurrency,
                      List<String> parentJobIds) {

  static JobForm empty() {
    return new JobForm("", "", null, null, null, "manual", "", "UTC", "allow", List.of());
  }

  static JobForm of(JobView job) {
    var trigger = job.trigger();
    return new JobForm(job.name(), job.script(), job.runtimeId(), job.profileId(), job.timeoutSeconds(),
        trigger.type().name().toLowerCase(), trigger.cron() == null ? "" : trigger.cron(),
        trigger.timeZone() == null ? "UTC" : trigger.timeZone(),
        trigger.concurrency() == null ? "allow" : trigger.concurrency().name().toLowerCase(), trigger.parents());
  }

  public List<String> parents() {
    return parentJobIds == null ? List.of() : parentJobIds;
  }

  JobRequest request() {
    String type = triggerType == null || triggerType.isBlank() ? "manual" : triggerType;
    JobRequest.TriggerRequest trigger = switch (type) {
      case "cron" -> new JobRequest.TriggerRequest(type, cron, blank(timeZone), blank(concurrency), null);
      case "dependent" -> new JobRequest.TriggerRequest(type, null, null, null, parents());
      default -> new JobRequest.TriggerRequest(type, null, null, null, null);
    };
    return new JobRequest(blank(name), blank(script), null, null, blank(runtimeId), blank(profileId), timeoutSeconds,
        null, trigger, null);
  }

  boolean is(TriggerType type) {
    return type.name().equalsIgnoreCase(triggerType);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
