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
  private final DesiredObjects desired;
  private final Applier applier;
  private final OrphanSweeper sweeper;
  private final Backoff backoff = new Backoff();
  private final Clock clock;

  private final Consumer<HasMetadata> gone;

  public static Reconciler of(DesiredObjects desired, KubernetesClient client, RateLimit rateLimit, Clock clock,
                              Consumer<HasMetadata> gone) {
    return new Reconciler(desired, new Applier(client, rateLimit), new OrphanSweeper(client, rateLimit), clock, gone);
  }

  Reconciler(DesiredObjects desired, Applier applier, OrphanSweeper sweeper, Clock clock,
             Consumer<HasMetadata> gone) {
    this.desired = desired;
    this.applier = applier;
    this.sweeper = sweeper;
    this.clock = clock;
    this.gone = gone;
  }

  /** One pass over what is pending; true when nothing pending is left that may be tried now. */
  public boolean reconcilePending() {
    List<DesiredObject> pending = desired.pending(BATCH, backoff.waiting(clock.instant()));
    boolean progressed = false;
    for (DesiredObject object : pending) {
      Instant now = clock.instant();
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
    return !progressed || pending.size() < BATCH;
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
    applier.apply(object.manifest());
    return true;
  }

}
