package io.kiln.domain.audit;

import java.time.Instant;

/**
 * One record of the audit trail: an event ({@code kind} {@code event}, with its position) or a refused command
 * ({@code kind} {@code refusal}), chained to the record before it by {@code hash}. {@code actorUsername} is looked up
 * for display and is not part of the hashed content.
 */
public record AuditRecordView(long seq, String kind, Long position, Long refusalId, String eventId,
                              Instant occurredAt, String actor, String actorUsername, String action,
                              String resourceType, String resourceId, String projectId, String outcome,
                              String reasonCode, String reason, String correlationId, String clientAddress,
                              String details, String prevHash, String hash) {}
