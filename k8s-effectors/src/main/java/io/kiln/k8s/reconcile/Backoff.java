package io.kiln.k8s.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Per object: after each failure wait twice as long (from 1 s, at most 1 min) before trying it again. */
final class Backoff {
  private static final Duration FIRST = Duration.ofSeconds(1);
  private static final Duration MAX = Duration.ofMinutes(1);
  private final Map<String, Duration> delays = new HashMap<>();
  private final Map<String, Instant> notBefore = new HashMap<>();

  /** The keys that may not be tried yet. */
  Set<String> waiting(Instant now) {
    Set<String> keys = new HashSet<>();
    notBefore.forEach((key, at) -> {
      if (now.isBefore(at)) {
        keys.add(key);
      }
    });
    return keys;
  }

  void failed(String key, Instant now) {
    Duration delay = delays.containsKey(key) ? min(delays.get(key).multipliedBy(2)) : FIRST;
    delays.put(key, delay);
    notBefore.put(key, now.plus(delay));
  }

  void succeeded(String key) {
    delays.remove(key);
    notBefore.remove(key);
  }

  private static Duration min(Duration delay) {
    return delay.compareTo(MAX) > 0 ? MAX : delay;
  }
}
