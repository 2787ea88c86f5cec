package io.kiln.domain.audit;

import java.time.Instant;

/** What an audit query asks for; every field is optional and they combine with AND. */
public record AuditFilter(String actor, String projectId, String resourceType, String resourceId, String action,
                          String outcome, Instant from, Instant to) {
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null, null, null);
  }
}
