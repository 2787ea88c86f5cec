package io.kiln.domain.serving;

import java.time.Instant;

/** The calls one version of a model took; see {@link ModelServingStats}. */
public record VersionServingStats(int modelVersion, long requests, long errors, Double meanLatencyMs,
                                  Long p50LatencyMs, Long p95LatencyMs, Instant lastCallAt) {}
