package io.kiln.projectors.audit;

import io.kiln.infra.audit.AuditProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains refused commands (and events held back by a gap that has timed out) when no new event comes along to do
 * it, and signs checkpoints of the chain, each at its own interval.
 */
@Component
class AuditSealer implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
  private final AuditTrailWriter chain;
  private final AuditCheckpoints checkpoints;
  private final TransactionTemplate transaction;
  private final AuditProperties audit;
  private ScheduledExecutorService timer;

  AuditSealer(AuditTrailWriter chain, AuditCheckpoints checkpoints, PlatformTransactionManager transactions,
              AuditProperties audit) {
    this.chain = chain;
    this.checkpoints = checkpoints;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  @Override
  public synchronized void start() {
    timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kiln-audit-sealer"));
    timer.scheduleWithFixedDelay(this::seal, audit.sealInterval().toMillis(), audit.sealInterval().toMillis(),
        TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::checkpoint, audit.checkpointInterval().toMillis(),
        audit.checkpointInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void seal() {
    try {
      transaction.executeWithoutResult(status -> chain.seal(GenericEventMessage.clock.instant()));
    } catch (RuntimeException e) {
      log.warn("Could not extend the audit chain; will try again", e);
    }
  }

  private void checkpoint() {
    try {
      checkpoints.signHead();
    } catch (RuntimeException e) {
      log.warn("Could not sign an audit checkpoint; will try again", e);
    }
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
