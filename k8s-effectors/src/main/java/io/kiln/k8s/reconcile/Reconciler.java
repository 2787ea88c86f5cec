package io.kiln.k8s.reconcile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.desired.DesiredObject;
import io.kiln.k8s.desired.DesiredObjects;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converges the cluster to the desired objects, level-triggered: it applies every object whose wish it has not
 * applied, deletes what is wished gone, and every resync interval re-applies everything and sweeps orphans. Safe to
 * run again at any point; a failure is retried with backoff, so an unavailable API server delays but loses nothing.
 */
public class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
  private static final int BATCH = 100;
  private static final int RESYNC_SLICE = 10;
  private final DesiredObjects desired;
  private final Applier applier;
  private final OrphanSweeper sweeper;
  private final Backoff backoff = new Backoff();
  private final Clock clock;

  private final Consumer<HasMetadata> gone;
  private final UnaryOperator<HasMetadata> resolve;

  public static Reconciler of(DesiredObjects desired, KubernetesClient client, RateLimit rateLimit, Clock clock,
                              Consumer<HasMetadata> gone, UnaryOperator<HasMetadata> resolve) {
    return new Reconciler(desired, new Applier(client, rateLimit), new OrphanSweeper(client, rateLimit), clock, gone,
        resolve);
  }

  Reconciler(DesiredObjects desired, Applier applier, OrphanSweeper sweeper, Clock clock,
             Consumer<HasMetadata> gone, UnaryOperator<HasMetadata> resolve) {
    this.desired = desired;
    this.applier = applier;
    this.sweeper = sweeper;
    this.clock = clock;
    this.gone = gone;
    this.resolve = resolve;
  }

  /**
   * One pass: every changed wish first, then a small slice of what a resync re-applies, so that a resync of many
   * objects never holds back a new wish for longer than one slice. True when nothing is left that may be tried now.
   */
  public boolean reconcilePending() {
    boolean changedSettled = converge(desired.pending(BATCH, backoff.waiting(clock.instant())), BATCH);
    boolean resyncSettled = converge(desired.resyncDue(BATCH, backoff.waiting(clock.instant())), RESYNC_SLICE);
    return changedSettled && resyncSettled;
  }

  /** Tries at most {@code budget} of the candidates that are not waiting out a backoff. */
  private boolean converge(List<DesiredObject> candidates, int budget) {
    boolean progressed = false;
    int tried = 0;
    for (DesiredObject object : candidates) {
      Instant now = clock.instant();
      if (tried++ == budget) {
        return false;
      }
      try {
        boolean done = object.present() ? applyNow(object) : applier.delete(object.manifest());
        if (done) {
          if (desired.applied(object) && !object.present()) {
            gone.accept(object.manifest());
          }
          backoff.succeeded(object.key());
          progressed = true;
        } else {
          backoff.failed(object.key(), now);
        }
      } catch (RuntimeException e) {
        log.warn("Could not converge {}: {}", object.key(), e.getMessage());
        backoff.failed(object.key(), now);
      }
    }
    return !progressed || candidates.size() < BATCH;
  }

  /** Re-applies everything and deletes what Kiln's labels mark but Kiln does not want. */
  public void resync() {
    desired.reapplyAll();
    reconcilePending();
    try {
      sweeper.sweep(desired.wantedKeys());
    } catch (RuntimeException e) {
      log.warn("Could not sweep orphaned objects: {}", e.getMessage());
    }
  }

  private boolean applyNow(DesiredObject object) {
    applier.apply(resolve.apply(object.manifest()));
    return true;
  }

}
