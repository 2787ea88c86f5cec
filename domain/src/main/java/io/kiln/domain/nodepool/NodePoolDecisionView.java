package io.kiln.domain.nodepool;

import java.time.Instant;

/** One scale decision of a pool, with the reason the scaler gave. */
public record NodePoolDecisionView(String pool, int from, int to, String reason, String node, String actor,
                                   Instant at) {}
