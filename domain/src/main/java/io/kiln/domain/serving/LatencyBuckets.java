package io.kiln.domain.serving;

import java.util.Arrays;

/**
 * The fixed latency buckets serving statistics count calls in (upper bounds in milliseconds; the last bucket holds
 * everything slower, reported as the last bound), and the percentile a bucket count gives.
 */
public final class LatencyBuckets {
  private static final long[] BOUNDS = {1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000,
      1500, 2000, 3000, 5000, 7500, 10000, 15000, 30000, 60000, 120000};

  private LatencyBuckets() {}

  public static int size() {
    return BOUNDS.length + 1;
  }

  public static int of(long millis) {
    int at = Arrays.binarySearch(BOUNDS, millis);
    return at >= 0 ? at : -at - 1;
  }

  /** The upper bound of the bucket the {@code quantile} (0–1) of the counted calls falls in; null with no calls. */
  public static Long percentile(long[] counts, double quantile) {
    long total = Arrays.stream(counts).sum();
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(quantile * total);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= Math.max(rank, 1)) {
        return BOUNDS[Math.min(i, BOUNDS.length - 1)];
      }
    }
    return BOUNDS[BOUNDS.length - 1];
  }
}
