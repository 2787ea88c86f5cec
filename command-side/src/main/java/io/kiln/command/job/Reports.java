package io.kiln.command.job;

import static io.kiln.command.Permissions.requireReporter;

import io.kiln.domain.Actor;
import io.kiln.domain.KilnException;

/** What makes a report about a run acceptable: sent by a reporter, about an attempt that can exist, with a reason. */
final class Reports {
  private static final int MAX_REASON = 1000;

  private Reports() {}

  static void check(Actor actor, Integer attempt) {
    requireReporter(actor);
    if (attempt != null && attempt < 1) {
      throw KilnException.invalid("attempt", "must be 1 or more");
    }
  }

  static void checkFailure(Integer exitCode) {
    if (exitCode != null && exitCode == 0) {
      throw KilnException.invalid("exitCode", "a failed attempt exits with a code other than 0");
    }
  }

  static String reason(String reason, Integer exitCode) {
    String given = reason == null || reason.isBlank()
        ? (exitCode == null ? "The cluster could not run the attempt" : "The script exited with code " + exitCode)
        : reason;
    return given.length() > MAX_REASON ? given.substring(0, MAX_REASON) : given;
  }
}
