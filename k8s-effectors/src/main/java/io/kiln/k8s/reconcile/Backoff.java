package io.kiln.k8s.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Per object: after each failure wait twice as long (from 1 s, at most 1 min) before trying it again. */
final class Backoff {
  private static final Duration FIRST = Duration.ofSeconds(1);
  private static final Duration MAX = Duration.ofMinutes(1);
  private final Map<String, Duration> delays = new HashMap<>();
  private final Map<String, Instant> notBefore = new HashMap<>();

  boolean ready(String key, Instant now) {
    Instant at = notBefore.get(key);
    return at == null || !now.isBefore(at);
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
