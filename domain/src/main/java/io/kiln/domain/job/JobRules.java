package io.kiln.domain.job;

import io.kiln.domain.KilnException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Rules for what a job is defined with; each check returns the value with its defaults filled in. */
public final class JobRules {
  public static final int MAX_ARGUMENTS = 100;
  public static final int MAX_ARGUMENT_LENGTH = 4096;
  public static final int MAX_ATTEMPTS = 10;
  public static final long MAX_RETRY_DELAY_SECONDS = 86_400;
  public static final int MAX_PARENTS = 20;
  public static final int MAX_RECIPIENTS = 20;
  public static final String DEFAULT_TIME_ZONE = "UTC";
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,189}");

  private JobRules() {}

  public static List<String> arguments(List<String> arguments) {
    if (arguments == null) {
      return List.of();
    }
    if (arguments.size() > MAX_ARGUMENTS) {
      throw KilnException.invalid("arguments", "may hold at most " + MAX_ARGUMENTS + " arguments");
    }
    for (String argument : arguments) {
      if (argument == null || argument.length() > MAX_ARGUMENT_LENGTH
          || argument.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
        throw KilnException.invalid("arguments", "each argument is at most " + MAX_ARGUMENT_LENGTH
            + " characters without control characters");
      }
    }
    return List.copyOf(arguments);
  }

  /** No policy: one attempt. No {@code on}: every kind of failure is retried. */
  public static RetryPolicy retry(RetryPolicy retry) {
    if (retry == null) {
      return RetryPolicy.NONE;
    }
    if (retry.maxAttempts() < 1 || retry.maxAttempts() > MAX_ATTEMPTS) {
      throw KilnException.invalid("retry.maxAttempts", "must be between 1 and " + MAX_ATTEMPTS);
    }
    if (retry.delaySeconds() < 0 || retry.delaySeconds() > MAX_RETRY_DELAY_SECONDS) {
      throw KilnException.invalid("retry.delaySeconds", "must be between 0 and " + MAX_RETRY_DELAY_SECONDS);
    }
    if (retry.on() != null && retry.on().stream().anyMatch(Objects::isNull)) {
      throw KilnException.invalid("retry.on", "must name kinds of failure");
    }
    List<FailureKind> on = retry.on() == null ? List.of(FailureKind.values())
        : List.copyOf(new LinkedHashSet<>(retry.on()));
    return new RetryPolicy(retry.maxAttempts(), retry.delaySeconds(), on);
  }

  /** No trigger: manual. A cron trigger's zone defaults to UTC and its policy to ALLOW. */
  public static JobTrigger trigger(JobTrigger trigger) {
    if (trigger == null) {
      return JobTrigger.MANUAL;
    }
    if (trigger.type() == null) {
      throw KilnException.invalid("trigger.type", "is required");
    }
    return switch (trigger.type()) {
      case MANUAL -> {
        only(trigger, false, false);
        yield JobTrigger.MANUAL;
      }
      case CRON -> {
        only(trigger, true, false);
        schedule(trigger.cron());
        String zone = trigger.timeZone() == null ? DEFAULT_TIME_ZONE : trigger.timeZone();
        zone(zone);
        yield JobTrigger.cron(trigger.cron().strip(), zone, trigger.policy());
      }
      case DEPENDENT -> {
        only(trigger, false, true);
        yield JobTrigger.dependent(parents(trigger.parentJobIds()));
      }
    };
  }

  public static CronSchedule schedule(String cron) {
    try {
      return CronSchedule.parse(cron);
    } catch (IllegalArgumentException malformed) {
      throw KilnException.invalid("trigger.cron", malformed.getMessage());
    }
  }

  /** An IANA time-zone name such as {@code Europe/Berlin} or {@code UTC}; offsets are refused. */
  public static ZoneId zone(String timeZone) {
    if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw KilnException.invalid("trigger.timeZone", "must be an IANA time zone such as Europe/Berlin or UTC");
    }
    return ZoneId.of(timeZone);
  }

  public static JobNotifications notifications(JobNotifications notifications) {
    if (notifications == null) {
      return JobNotifications.NONE;
    }
    return new JobNotifications(recipients("succeeded", notifications.succeeded()),
        recipients("failed", notifications.failed()), recipients("timedOut", notifications.timedOut()),
        recipients("stopped", notifications.stopped()), recipients("skipped", notifications.skipped()));
  }

  private static void only(JobTrigger trigger, boolean cron, boolean dependent) {
    if (!cron && (trigger.cron() != null || trigger.timeZone() != null || trigger.concurrency() != null)) {
      String field = trigger.cron() != null ? "cron" : trigger.timeZone() != null ? "timeZone" : "concurrency";
      throw KilnException.invalid("trigger." + field, "belongs to cron triggers only");
    }
    if (!dependent && trigger.parentJobIds() != null) {
      throw KilnException.invalid("trigger.parentJobIds", "belongs to dependent triggers only");
    }
  }

  private static List<String> parents(List<String> parents) {
    if (parents == null || parents.isEmpty() || parents.size() > MAX_PARENTS) {
      throw KilnException.invalid("trigger.parentJobIds", "must name 1 to " + MAX_PARENTS + " jobs");
    }
    List<String> ids = new ArrayList<>();
    for (String parent : parents) {
      String id = uuid(parent);
      if (id == null || ids.contains(id)) {
        throw KilnException.invalid("trigger.parentJobIds", "must name each parent job once, by id");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  private static List<String> recipients(String outcome, List<String> recipients) {
    if (recipients == null) {
      return List.of();
    }
    if (recipients.size() > MAX_RECIPIENTS || recipients.stream().anyMatch(r -> r == null || r.length() > 254
        || !EMAIL.matcher(r).matches())) {
      throw KilnException.invalid("notifications." + outcome, "must be at most " + MAX_RECIPIENTS
          + " e-mail addresses");
    }
    return List.copyOf(new LinkedHashSet<>(recipients));
  }

  private static String uuid(String raw) {
    try {
      return UUID.fromString(raw).toString();
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
