package io.kiln.integrations.webhook;

import io.kiln.infra.webhook.WebhookProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works the webhook outbox: one thread claims due deliveries, as many as there are free senders, and sleeps until
 * something is queued, a retry falls due, or the poll interval passes (deliveries queued by another replica).
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private final DeliveryQueue queue;
  private final WebhookSender sender;
  private final WebhookProperties webhooks;
  private final Semaphore wake = new Semaphore(0);
  private final Semaphore senders;
  private volatile boolean running;
  private Thread loop;
  private ExecutorService pool;

  WebhookDispatcher(DeliveryQueue queue, WebhookProperties webhooks) {
    this.queue = queue;
    this.webhooks = webhooks;
    this.sender = new WebhookSender(webhooks);
    this.senders = new Semaphore(webhooks.concurrency());
  }

  public void wakeUp() {
    wake.release();
  }

  @Override
  public synchronized void start() {
    running = true;
    pool = Executors.newFixedThreadPool(webhooks.concurrency(), r -> new Thread(r, "kiln-webhook-sender"));
    loop = new Thread(this::run, "kiln-webhook-dispatcher");
    loop.setDaemon(true);
    loop.start();
  }

  private void run() {
    while (running) {
      try {
        int free = senders.availablePermits();
        List<Delivery> claimed = free == 0 ? List.of() : queue.claim(free);
        claimed.forEach(this::dispatch);
        if (claimed.isEmpty() || claimed.size() < free) {
          Duration wait = queue.untilNextRetry(webhooks.pollInterval());
          wake.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("The webhook outbox could not be read; trying again", e);
        sleep(webhooks.pollInterval());
      }
    }
  }

  private void dispatch(Delivery delivery) {
    senders.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        queue.record(delivery, sender.send(delivery));
      } catch (RuntimeException e) {
        log.warn("Could not record an attempt at webhook delivery {}", delivery.deliveryId(), e);
      } finally {
        senders.release();
        wakeUp();
      }
    });
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (loop != null) {
      loop.interrupt();
      pool.shutdown();
      try {
        pool.awaitTermination(webhooks.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      loop = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }
}
