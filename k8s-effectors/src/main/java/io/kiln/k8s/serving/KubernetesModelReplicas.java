package io.kiln.k8s.serving;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kiln.infra.workload.ModelReplicas;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;

/**
 * The ready replicas of a model deployment on Kubernetes, read from an informer's cache of the pods labelled
 * {@value ServingLabels#DEPLOYMENT} (indexed by deployment and version): no call to the API server per model call.
 * Base URLs are the pods' own addresses, sorted, so that callers can balance over a stable order.
 */
public class KubernetesModelReplicas implements ModelReplicas, SmartLifecycle {
  private static final String BY_VERSION = "deployment-version";
  private static final long RESYNC_MILLIS = 5 * 60 * 1000;
  private final KubernetesClient client;
  private volatile SharedIndexInformer<Pod> pods;

  public KubernetesModelReplicas(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public List<URI> ready(String deploymentId, int modelVersion) {
    SharedIndexInformer<Pod> informer = pods;
    if (informer == null) {
      return List.of();
    }
    return informer.getIndexer().byIndex(BY_VERSION, key(deploymentId, String.valueOf(modelVersion))).stream()
        .map(ReadyPods::baseUrl).flatMap(Optional::stream).sorted().toList();
  }

  @Override
  public void start() {
    SharedIndexInformer<Pod> informer = client.pods().inAnyNamespace().withLabel(ServingLabels.DEPLOYMENT)
        .runnableInformer(RESYNC_MILLIS);
    informer.addIndexers(Map.of(BY_VERSION, pod -> {
      Map<String, String> labels = pod.getMetadata().getLabels();
      return labels == null ? List.of()
          : List.of(key(labels.get(ServingLabels.DEPLOYMENT), labels.get(ServingLabels.MODEL_VERSION)));
    }));
    informer.start();
    pods = informer;
  }

  @Override
  public void stop() {
    SharedIndexInformer<Pod> informer = pods;
    pods = null;
    if (informer != null) {
      informer.close();
    }
  }

  @Override
  public boolean isRunning() {
    return pods != null;
  }

  private static String key(String deploymentId, String modelVersion) {
    return deploymentId + "/" + modelVersion;
  }
}
