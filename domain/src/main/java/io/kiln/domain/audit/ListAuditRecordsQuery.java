package io.kiln.domain.audit;

import io.kiln.domain.Actor;

/** A page of audit records in chain order (oldest first, or newest first when {@code newestFirst}). */
public record ListAuditRecordsQuery(Actor viewer, AuditFilter filter, boolean newestFirst, int pageSize,
                                    String pageToken) {}
