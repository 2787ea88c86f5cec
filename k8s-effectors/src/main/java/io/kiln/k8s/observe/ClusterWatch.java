package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kiln.k8s.objects.Labels;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches Kiln's objects of every type an observer cares for (informers list, then watch, and relist after a
 * {@code 410 Gone}; an API server unavailable at start or later is tried again, never fatal) and hands each change to the observer of its workload. Every object is seen again at each resync,
 * so no report is lost to a crash.
 */
public class ClusterWatch implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ClusterWatch.class);
  private static final long RESYNC_MILLIS = 5 * 60 * 1000;
  private final KubernetesClient client;
  private final Observers observers;
  private final List<SharedIndexInformer<? extends HasMetadata>> informers = new ArrayList<>();
  private volatile boolean running;

  public ClusterWatch(KubernetesClient client, Observers observers) {
    this.client = client;
    this.observers = observers;
  }

  @Override
  public void start() {
    for (Class<? extends HasMetadata> type : observers.types()) {
      informers.add(inform(type));
    }
    running = true;
  }

  private <T extends HasMetadata> SharedIndexInformer<T> inform(Class<T> type) {
    SharedIndexInformer<T> informer = client.resources(type).inAnyNamespace()
        .withLabel(Labels.MANAGED_BY, Labels.KILN).runnableInformer(RESYNC_MILLIS);
    informer.addEventHandler(new Dispatch<>(observers));
    Informers.startRetrying(informer, type.getSimpleName());
    return informer;
  }

  @Override
  public void stop() {
    informers.forEach(SharedIndexInformer::close);
    informers.clear();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static final class Dispatch<T extends HasMetadata> implements ResourceEventHandler<T> {
    private final Observers observers;

    Dispatch(Observers observers) {
      this.observers = observers;
    }

    @Override
    public void onAdd(T object) {
      handle(object, false);
    }

    @Override
    public void onUpdate(T old, T object) {
      handle(object, false);
    }

    @Override
    public void onDelete(T object, boolean finalStateUnknown) {
      handle(object, true);
    }

    private void handle(T object, boolean deleted) {
      observers.of(object).ifPresent(observer -> {
        try {
          if (deleted) {
            observer.deleted(object);
          } else {
            observer.changed(object);
          }
        } catch (RuntimeException e) {
          log.warn("Observing {} failed: {}", object.getMetadata().getName(), e.getMessage());
        }
      });
    }
  }
}
