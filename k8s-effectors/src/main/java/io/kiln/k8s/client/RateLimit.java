package io.kiln.k8s.client;

import java.util.concurrent.locks.LockSupport;

/**
 * A client-side limit on the API calls the effectors make (fabric8 has none): each call waits for its slot. Taken on
 * the caller's thread before each call, never on the HTTP client's event loop.
 */
public class RateLimit {
  private final long intervalNanos;
  private long next = System.nanoTime();

  public RateLimit(int requestsPerSecond) {
    this.intervalNanos = 1_000_000_000L / Math.max(1, requestsPerSecond);
  }

  public void acquire() {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      next = Math.max(next, now) + intervalNanos;
      wait = next - intervalNanos - now;
    }
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
