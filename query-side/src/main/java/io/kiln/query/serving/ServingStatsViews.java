package io.kiln.query.serving;

import io.kiln.domain.serving.LatencyBuckets;
import io.kiln.domain.serving.ModelServingStats;
import io.kiln.domain.serving.VersionServingStats;
import io.kiln.query.jooq.tables.records.ModelServingStatsRecord;
import java.time.Instant;
import java.util.List;

/** Turns the rows of a model's serving statistics into its totals and the figures of each version. */
final class ServingStatsViews {
  private ServingStatsViews() {}

  static ModelServingStats of(List<ModelServingStatsRecord> rows) {
    long requests = 0;
    long errors = 0;
    long latencyTotal = 0;
    long[] buckets = new long[LatencyBuckets.size()];
    Instant last = null;
    for (ModelServingStatsRecord row : rows) {
      requests += row.getRequests();
      errors += row.getErrors();
      latencyTotal += row.getLatencyMsTotal();
      long[] counts = counts(row.getLatencyBuckets());
      for (int i = 0; i < buckets.length && i < counts.length; i++) {
        buckets[i] += counts[i];
      }
      Instant at = row.getLastCallAt().toInstant();
      last = last == null || at.isAfter(last) ? at : last;
    }
    List<VersionServingStats> versions = rows.stream().map(ServingStatsViews::version).toList();
    return new ModelServingStats(requests, errors, mean(latencyTotal, requests),
        LatencyBuckets.percentile(buckets, 0.5), LatencyBuckets.percentile(buckets, 0.95), last, versions);
  }

  private static VersionServingStats version(ModelServingStatsRecord row) {
    long[] counts = counts(row.getLatencyBuckets());
    return new VersionServingStats(row.getModelVersion(), row.getRequests(), row.getErrors(),
        mean(row.getLatencyMsTotal(), row.getRequests()), LatencyBuckets.percentile(counts, 0.5),
        LatencyBuckets.percentile(counts, 0.95), row.getLastCallAt().toInstant());
  }

  private static Double mean(long total, long count) {
    return count == 0 ? null : Math.round(total * 10.0 / count) / 10.0;
  }

  private static long[] counts(Long[] stored) {
    long[] counts = new long[stored.length];
    for (int i = 0; i < stored.length; i++) {
      counts[i] = stored[i] == null ? 0 : stored[i];
    }
    return counts;
  }
}
