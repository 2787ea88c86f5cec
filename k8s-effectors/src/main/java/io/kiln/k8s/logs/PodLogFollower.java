package io.kiln.k8s.logs;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.kiln.infra.workload.LogSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a pod's containers one after the other (init containers first, as they run), on a thread of its own:
 * each line to the sink, then the end once the last container's log closed. Closing stops it.
 */
final class PodLogFollower implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PodLogFollower.class);
  private static final int ATTEMPTS = 3;
  private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
  private final KubernetesClient client;
  private final Pod pod;
  private final LogSink sink;
  private final AtomicReference<LogWatch> current = new AtomicReference<>();
  private volatile boolean closed;
  private Thread thread;

  PodLogFollower(KubernetesClient client, Pod pod, LogSink sink) {
    this.client = client;
    this.pod = pod;
    this.sink = sink;
  }

  PodLogFollower start() {
    thread = new Thread(this::follow, "kiln-log-" + pod.getMetadata().getName());
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  static List<String> containers(Pod pod) {
    List<String> names = new ArrayList<>();
    if (pod.getSpec().getInitContainers() != null) {
      pod.getSpec().getInitContainers().stream().map(Container::getName).forEach(names::add);
    }
    pod.getSpec().getContainers().stream().map(Container::getName).forEach(names::add);
    return names;
  }

  private void follow() {
    List<String> containers = containers(pod);
    for (String container : containers) {
      for (int attempt = 1; !closed && !followed(container, containers.size() == 1) && attempt < ATTEMPTS; attempt++) {
        pause();
      }
      if (closed) {
        return;
      }
    }
    if (!closed) {
      sink.end();
    }
  }

  /**
   * Sends the container's log to the sink; false when no line came (a connection dropped before the first line, or a
   * log not there yet), and then it is asked for again: a line once sent is never sent twice.
   */
  private boolean followed(String container, boolean only) {
    boolean lines = false;
    var resource = client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName());
    try (LogWatch watch = only ? resource.watchLog() : resource.inContainer(container).watchLog()) {
      current.set(watch);
      try (var reader = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null && !closed; line = reader.readLine()) {
          sink.line(line);
          lines = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      log.debug("The log of {}/{} ended: {}", pod.getMetadata().getName(), container, e.getMessage());
    }
    return lines;
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    LogWatch watch = current.get();
    if (watch != null) {
      watch.close();
    }
  }
}
