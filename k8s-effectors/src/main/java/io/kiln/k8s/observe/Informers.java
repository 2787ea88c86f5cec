package io.kiln.k8s.observe;

import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an informer without waiting for the API server: a failed list or watch (the server down, a {@code 410 Gone}
 * on the first watch) is logged and tried again (relisting), instead of failing Kiln's start.
 */
public final class Informers {
  private static final Logger log = LoggerFactory.getLogger(Informers.class);

  private Informers() {}

  public static void startRetrying(SharedIndexInformer<?> informer, String what) {
    informer.exceptionHandler((started, failure) -> {
      log.warn("Watching {} failed ({}); listing and watching again", what, failure.getMessage());
      return true;
    });
    informer.start().whenComplete((ok, failure) -> {
      if (failure != null) {
        log.warn("Watching {} did not start: {}", what, failure.getMessage());
      }
    });
  }
}
