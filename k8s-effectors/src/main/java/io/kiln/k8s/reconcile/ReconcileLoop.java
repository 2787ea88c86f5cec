package io.kiln.k8s.reconcile;

import io.kiln.infra.db.LeaderLock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the reconciler on its own thread: at once when desired state changes, every second while something waits
 * for a retry, and a full resync every interval — on the one replica that holds the reconciler lock.
 */
public class ReconcileLoop implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ReconcileLoop.class);
  private final Reconciler reconciler;
  public static final long LOCK_KEY = 0x6b696c6e72656331L;
  private final LeaderLock lock;
  private final Duration resyncInterval;
  private final Clock clock;
  private final Semaphore wake = new Semaphore(0);
  private volatile Thread thread;
  private volatile boolean running;
  private volatile boolean leading;
  private volatile boolean resyncRequested;

  public ReconcileLoop(Reconciler reconciler, LeaderLock lock, Duration resyncInterval, Clock clock) {
    this.reconciler = reconciler;
    this.lock = lock;
    this.resyncInterval = resyncInterval;
    this.clock = clock;
  }

  /** True while this replica holds the reconciler lock: the one replica that changes the cluster. */
  public boolean leading() {
    return running && leading;
  }

  /** Re-applies everything and sweeps orphans at the next turn, without waiting for the resync interval. */
  public void resyncNow() {
    resyncRequested = true;
    wake.release();
  }

  public void wake() {
    wake.release();
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "kiln-k8s-reconciler");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    wake.release();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    Instant nextResync = Instant.MIN;
    while (running) {
      try {
        leading = lock.hold();
        if (!leading) {
          wake.tryAcquire(5, TimeUnit.SECONDS);
          continue;
        }
        if (resyncRequested || !clock.instant().isBefore(nextResync)) {
          resyncRequested = false;
          reconciler.resync();
          nextResync = clock.instant().plus(resyncInterval);
        }
        boolean settled = reconciler.reconcilePending();
        wake.tryAcquire(settled ? 1000 : 0, TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Reconciling failed; trying again", e);
      }
    }
  }
}
