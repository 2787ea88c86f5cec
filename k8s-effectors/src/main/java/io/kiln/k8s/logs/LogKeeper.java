package io.kiln.k8s.logs;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LogTarget;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.observe.Informers;
import io.kiln.k8s.observe.PodStates;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the log of each build and job-run attempt whose pod finished (succeeded or failed), the moment the watch
 * sees it finish, before Kiln deletes the pod: its last MiB, in {@link KeptLogs}. Seen again after a restart or
 * resync, a finished pod whose log is kept already is left alone.
 */
public class LogKeeper implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LogKeeper.class);
  private final KubernetesClient client;
  private final RateLimit rateLimit;
  private final KeptLogs kept;
  private volatile SharedIndexInformer<Pod> informer;

  public LogKeeper(KubernetesClient client, RateLimit rateLimit, KeptLogs kept) {
    this.client = client;
    this.rateLimit = rateLimit;
    this.kept = kept;
  }

  /** Keeps the pod's log if it is a finished build or job-run attempt that has none kept yet. */
  public void seen(Pod pod) {
    Optional<LogTarget> target = target(pod);
    if (target.isEmpty() || !(PodStates.succeeded(pod) || "Failed".equals(PodStates.phase(pod)))
        || kept.read(target.get()).isPresent()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String container : PodLogFollower.containers(pod)) {
      rateLimit.acquire();
      try {
        String part = client.pods().inNamespace(pod.getMetadata().getNamespace())
            .withName(pod.getMetadata().getName()).inContainer(container).getLog();
        if (part != null) {
          text.append(part);
          if (!part.isEmpty() && !part.endsWith("\n")) {
            text.append('\n');
          }
        }
      } catch (RuntimeException e) {
        log.debug("No log of {}/{}: {}", pod.getMetadata().getName(), container, e.getMessage());
      }
    }
    kept.keep(target.get(), text.toString());
  }

  static Optional<LogTarget> target(Pod pod) {
    Map<String, String> labels = pod.getMetadata().getLabels();
    String id = labels == null ? null : labels.get(Labels.WORKLOAD_ID);
    if (id == null) {
      return Optional.empty();
    }
    if ("build".equals(labels.get(Labels.WORKLOAD))) {
      return Optional.of(LogTarget.of(LogTarget.Kind.BUILD, id));
    }
    String attempt = labels.get(WorkloadPods.ATTEMPT);
    String job = labels.get("job-name");
    if (attempt == null && job != null && job.matches(".*-\\d+")) {
      attempt = job.substring(job.lastIndexOf('-') + 1);
    }
    if (attempt != null && attempt.matches("\\d{1,9}")) {
      return Optional.of(LogTarget.jobRun(id, Integer.parseInt(attempt)));
    }
    return Optional.empty();
  }

  @Override
  public void start() {
    SharedIndexInformer<Pod> pods = client.pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.KILN)
        .runnableInformer(5 * 60 * 1000L);
    pods.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        safely(pod);
      }

      @Override
      public void onUpdate(Pod old, Pod pod) {
        safely(pod);
      }

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {
        // a deleted pod's log is gone with it
      }
    });
    Informers.startRetrying(pods, "pods for their logs");
    informer = pods;
  }

  private void safely(Pod pod) {
    try {
      seen(pod);
    } catch (RuntimeException e) {
      log.warn("Could not keep the log of {}: {}", pod.getMetadata().getName(), e.getMessage());
    }
  }

  @Override
  public void stop() {
    if (informer != null) {
      informer.close();
      informer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return informer != null;
  }
}
