package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
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
 * Watches Kiln's pods (informers list, then watch, and relist after a {@code 410 Gone}) and hands each change to the
 * observer of its workload. Every object is seen again at each resync, so no report is lost to a crash.
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
    informers.add(client.pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.KILN)
        .inform(new Dispatch(observers), RESYNC_MILLIS));
    running = true;
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

  private static final class Dispatch implements ResourceEventHandler<Pod> {
    private final Observers observers;

    Dispatch(Observers observers) {
      this.observers = observers;
    }

    @Override
    public void onAdd(Pod pod) {
      handle(pod, false);
    }

    @Override
    public void onUpdate(Pod old, Pod pod) {
      handle(pod, false);
    }

    @Override
    public void onDelete(Pod pod, boolean finalStateUnknown) {
      handle(pod, true);
    }

    private void handle(Pod pod, boolean deleted) {
      PodObserver observer = observers.of(pod).orElse(null);
      if (observer == null) {
        return;
      }
      try {
        if (deleted) {
          observer.deleted(pod);
        } else {
          observer.changed(pod);
        }
      } catch (RuntimeException e) {
        log.warn("Observing {} failed: {}", pod.getMetadata().getName(), e.getMessage());
      }
    }
  }
}
