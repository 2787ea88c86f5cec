package io.kiln.domain.quota;

/** A user's effective quota and where it comes from: {@code default} or {@code user}. */
public record QuotaView(String userId, QuotaLimits limits, String source) {}
