package io.kiln.query.serving;

import java.time.Instant;

/** Calls one model version took since the last batch: what {@link ServingStatsStore#add} adds to its totals. */
public record ServingTally(String modelId, int modelVersion, long requests, long errors, long latencyMsTotal,
                           long[] latencyBuckets, Instant lastCallAt) {}
