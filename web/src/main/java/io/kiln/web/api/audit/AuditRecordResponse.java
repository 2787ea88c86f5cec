package io.kiln.web.api.audit;

import io.kiln.domain.audit.AuditRecordView;
import java.time.Instant;

public record AuditRecordResponse(long seq, String kind, Long position, Long refusalId, String eventId,
                                  Instant occurredAt, String actor, String actorUsername, String action,
                                  String resourceType, String resourceId, String projectId, String outcome,
                                  String reasonCode, String reason, String correlationId, String clientAddress,
                                  String details, String prevHash, String hash) {
  static AuditRecordResponse of(AuditRecordView v) {
    return new AuditRecordResponse(v.seq(), v.kind(), v.position(), v.refusalId(), v.eventId(), v.occurredAt(),
        v.actor(), v.actorUsername(), v.action(), v.resourceType(), v.resourceId(), v.projectId(), v.outcome(),
        v.reasonCode(), v.reason(), v.correlationId(), v.clientAddress(), v.details(), v.prevHash(), v.hash());
  }
}
