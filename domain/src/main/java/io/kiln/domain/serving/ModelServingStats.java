package io.kiln.domain.serving;

import java.time.Instant;
import java.util.List;

/**
 * The calls a model took through Kiln since its first one, all versions together and per version. Latencies are in
 * milliseconds; the percentiles are the upper bounds of the latency buckets they fall in.
 */
public record ModelServingStats(long requests, long errors, Double meanLatencyMs, Long p50LatencyMs,
                                Long p95LatencyMs, Instant lastCallAt, List<VersionServingStats> versions) {}
