package io.kiln.web.serving;

import io.kiln.domain.serving.LatencyBuckets;
import io.kiln.query.serving.ServingTally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Calls counted since the last batch, per model version; {@link #drain()} takes them all, atomically per key. */
final class ServingTallies {
  private final Map<Key, ServingTally> tallies = new ConcurrentHashMap<>();

  void add(String modelId, int modelVersion, boolean error, long latencyMs, Instant at) {
    long[] buckets = new long[LatencyBuckets.size()];
    buckets[LatencyBuckets.of(latencyMs)] = 1;
    add(new ServingTally(modelId, modelVersion, 1, error ? 1 : 0, latencyMs, buckets, at));
  }

  void add(ServingTally tally) {
    tallies.merge(new Key(tally.modelId(), tally.modelVersion()), tally, ServingTallies::sum);
  }

  List<ServingTally> drain() {
    List<ServingTally> drained = new ArrayList<>();
    for (Key key : List.copyOf(tallies.keySet())) {
      ServingTally tally = tallies.remove(key);
      if (tally != null) {
        drained.add(tally);
      }
    }
    return drained;
  }

  private static ServingTally sum(ServingTally a, ServingTally b) {
    long[] buckets = a.latencyBuckets().clone();
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] += b.latencyBuckets()[i];
    }
    Instant last = a.lastCallAt().isAfter(b.lastCallAt()) ? a.lastCallAt() : b.lastCallAt();
    return new ServingTally(a.modelId(), a.modelVersion(), a.requests() + b.requests(), a.errors() + b.errors(),
        a.latencyMsTotal() + b.latencyMsTotal(), buckets, last);
  }

  private record Key(String modelId, int modelVersion) {}
}
