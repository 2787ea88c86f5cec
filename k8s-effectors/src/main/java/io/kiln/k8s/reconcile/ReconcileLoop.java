package io.kiln.k8s.reconcile;

import io.kiln.infra.db.LeaderLock;
import io.kiln.infra.db.LeaderLoop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reconciler on its own thread: at once when desired state changes, every second while something waits
 * for a retry, and a full resync every interval — on the one replica that holds the reconciler lock.
 */
public class ReconcileLoop extends LeaderLoop {
  private static final Logger log = LoggerFactory.getLogger(ReconcileLoop.class);
  private final Reconciler reconciler;
  public static final long LOCK_KEY = 0x6b696c6e72656331L;
  private final Duration resyncInterval;
  private final Clock clock;
  private volatile boolean leading;
  private volatile boolean resyncRequested;

  public ReconcileLoop(Reconciler reconciler, LeaderLock lock, Duration resyncInterval, Clock clock) {
    super(lock, "kiln-k8s-reconciler", Duration.ofMillis(5000));
    this.reconciler = reconciler;
    this.resyncInterval = resyncInterval;
    this.clock = clock;
  }

  /** True while this replica holds the reconciler lock: the one replica that changes the cluster. */
  public boolean leading() {
    return running() && leading;
  }

  /** Re-applies everything and sweeps orphans at the next turn, without waiting for the resync interval. */
  public void resyncNow() {
    resyncRequested = true;
    wake();
  }

  @Override
  protected void loop() {
    Instant nextResync = Instant.MIN;
    while (running()) {
      try {
        leading = lock.hold();
        if (!leading) {
          pause(5000);
          continue;
        }
        if (resyncRequested || !clock.instant().isBefore(nextResync)) {
          resyncRequested = false;
          reconciler.resync();
          nextResync = clock.instant().plus(resyncInterval);
        }
        boolean settled = reconciler.reconcilePending();
        pause(settled ? 1000 : 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Reconciling failed; trying again", e);
      }
    }
  }
}
