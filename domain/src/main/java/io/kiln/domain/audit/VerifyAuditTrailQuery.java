package io.kiln.domain.audit;

import io.kiln.domain.Actor;

/** Recompute the hash chain over records {@code fromSeq}..{@code toSeq} (both optional) and check the checkpoints. */
public record VerifyAuditTrailQuery(Actor viewer, Long fromSeq, Long toSeq) {}
