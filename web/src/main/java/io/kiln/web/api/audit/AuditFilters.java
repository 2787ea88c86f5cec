package io.kiln.web.api.audit;

import io.kiln.domain.KilnException;
import io.kiln.domain.audit.AuditFilter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/** Reads the audit filter from query parameters: {@code actor}, {@code projectId}, ..., {@code from}, {@code to}. */
final class AuditFilters {
  static final Set<String> OUTCOMES = Set.of("succeeded", "refused");
  private static final int MAX_LENGTH = 255;

  private AuditFilters() {}

  static final Set<String> FILTERS = Set.of("actor", "projectId", "resourceType", "resourceId", "action", "outcome",
      "from", "to");

  /** Refuses parameters it does not know, lest a misspelt filter silently return everything. */
  static AuditFilter of(Map<String, String> params, Set<String> others) {
    for (String name : params.keySet()) {
      if (!FILTERS.contains(name) && !others.contains(name)) {
        throw KilnException.invalid(name, "is not a parameter of this endpoint");
      }
    }
    String outcome = text(params, "outcome");
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw KilnException.invalid("outcome", "must be succeeded or refused");
    }
    Instant from = time(params, "from");
    Instant to = time(params, "to");
    if (from != null && to != null && !from.isBefore(to)) {
      throw KilnException.invalid("to", "must be after from");
    }
    return new AuditFilter(text(params, "actor"), text(params, "projectId"), text(params, "resourceType"),
        text(params, "resourceId"), text(params, "action"), outcome, from, to);
  }

  private static String text(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw KilnException.invalid(name, "must be at most " + MAX_LENGTH + " characters without control characters");
    }
    return value;
  }

  private static Instant time(Map<String, String> params, String name) {
    String value = text(params, name);
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw KilnException.invalid(name, "must be an ISO-8601 time such as 2025-01-31T00:00:00Z");
    }
  }
}
