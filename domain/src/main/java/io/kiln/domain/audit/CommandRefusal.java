package io.kiln.domain.audit;

import io.kiln.domain.ErrorCode;
import java.time.Instant;

/**
 * A command or write request that Kiln refused: who tried what on which resource, and why. Refusals change no
 * aggregate, so the event store does not hold them; the audit trail does.
 */
public record CommandRefusal(Instant at, String actor, String action, String resourceType, String resourceId,
                             String projectId, ErrorCode code, String reason, String correlationId,
                             String clientAddress) {}
