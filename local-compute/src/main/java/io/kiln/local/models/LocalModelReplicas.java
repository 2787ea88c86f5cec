package io.kiln.local.models;

import io.kiln.infra.workload.ModelReplicas;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The replicas of a deployment's version that answer on this machine ({@code http://127.0.0.1:<port>}, sorted), held
 * in memory so that a model call never waits for the database: read again whenever a replica became ready, died or
 * was dropped, and every {@code interval} besides (what another Kiln's supervisor changed).
 */
public class LocalModelReplicas implements ModelReplicas, SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LocalModelReplicas.class);
  private final Workloads workloads;
  private final Duration interval;
  private volatile Map<String, List<URI>> ready = Map.of();
  private volatile ScheduledExecutorService timer;

  public LocalModelReplicas(Workloads workloads, Duration interval) {
    this.workloads = workloads;
    this.interval = interval;
  }

  @Override
  public List<URI> ready(String deploymentId, int modelVersion) {
    return ready.getOrDefault(key(deploymentId, modelVersion), List.of());
  }

  /** Reads the ready replicas again: blocking (the database), on the thread that changed them, never a request's. */
  public synchronized void refresh() {
    try {
      ready = workloads.readyModelReplicas().stream().collect(Collectors.groupingBy(
          w -> key(w.ownerId(), w.generation()), Collectors.collectingAndThen(Collectors.mapping(
              LocalModelReplicas::url, Collectors.toList()), urls -> urls.stream().sorted().toList())));
    } catch (RuntimeException e) {
      log.warn("Could not read the ready local model replicas; keeping the last known", e);
    }
  }

  @Override
  public void start() {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "kiln-local-model-replicas");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    timer.shutdownNow();
    timer = null;
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }

  private static URI url(Workload w) {
    return URI.create("http://127.0.0.1:" + w.port());
  }

  private static String key(String deploymentId, int modelVersion) {
    return deploymentId + "/" + modelVersion;
  }
}
