package io.kiln.web.serving;

import io.kiln.query.serving.ServingStatsStore;
import io.kiln.query.serving.ServingTally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts every model call twice: in Micrometer ({@code kiln.model.requests}, a timer tagged {@code model},
 * {@code version}, {@code outcome}; {@code kiln.model.errors}, a counter tagged {@code model}, {@code version},
 * {@code code}) and, added up in memory, in the read model, written in one batch per interval.
 */
@Component
class ServingMetrics implements SmartLifecycle {
  static final String NO_VERSION = "none";
  private static final Logger log = LoggerFactory.getLogger(ServingMetrics.class);
  private final MeterRegistry registry;
  private final ServingStatsStore store;
  private final ServingProperties properties;
  private final ServingTallies tallies = new ServingTallies();
  private volatile ScheduledExecutorService flusher;

  ServingMetrics(MeterRegistry registry, ServingStatsStore store, ServingProperties properties) {
    this.registry = registry;
    this.store = store;
    this.properties = properties;
  }

  /** A call to {@code modelVersion} (null: none was chosen, counted as version 0 in the read model). */
  void record(String modelId, Integer modelVersion, CallOutcome outcome, String errorCode, Duration latency) {
    String version = modelVersion == null ? NO_VERSION : modelVersion.toString();
    Timer.builder("kiln.model.requests").description("Calls to models through Kiln")
        .tags("model", modelId, "version", version, "outcome", outcome.tag())
        .register(registry).record(latency);
    if (outcome.isError()) {
      Counter.builder("kiln.model.errors").description("Model calls Kiln could not answer with the model's answer")
          .tags("model", modelId, "version", version, "code", errorCode)
          .register(registry).increment();
    }
    if (outcome != CallOutcome.REFUSED) {
      tallies.add(modelId, modelVersion == null ? 0 : modelVersion, outcome.isError(), latency.toMillis(),
          Instant.now());
    }
  }

  void flush() {
    List<ServingTally> batch = tallies.drain();
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.add(batch);
    } catch (RuntimeException e) {
      log.warn("Model call statistics could not be written, kept for the next batch: {}", e.getMessage());
      batch.forEach(tallies::add);
    }
  }

  @Override
  public void start() {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "kiln-serving-stats");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(properties.statsInterval().toMillis(), 10);
    executor.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    flusher = executor;
  }

  @Override
  public void stop() {
    ScheduledExecutorService executor = flusher;
    flusher = null;
    if (executor != null) {
      executor.shutdown();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      flush();
    }
  }

  @Override
  public boolean isRunning() {
    return flusher != null;
  }
}
