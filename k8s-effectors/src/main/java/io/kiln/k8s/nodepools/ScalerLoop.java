package io.kiln.k8s.nodepools;

import io.kiln.k8s.reconcile.ReconcileLoop;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the scaler every interval on its own thread, on the replica that leads reconciling (and only there). */
class ScalerLoop implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ScalerLoop.class);
  private final NodePoolScaler scaler;
  private final ReconcileLoop leader;
  private final Duration interval;
  private final Clock clock;
  private volatile Thread thread;
  private volatile boolean running;

  ScalerLoop(NodePoolScaler scaler, ReconcileLoop leader, Duration interval, Clock clock) {
    this.scaler = scaler;
    this.leader = leader;
    this.interval = interval;
    this.clock = clock;
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "kiln-node-pool-scaler");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    thread.interrupt();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    while (running) {
      try {
        if (leader.leading()) {
          scaler.scale(clock.instant());
        }
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Scaling node pools failed; trying again", e);
      }
    }
  }
}
