package io.kiln.k8s.logs;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.infra.workload.LogTarget;
import io.kiln.k8s.client.RateLimit;
import io.kiln.k8s.objects.Labels;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the pod whose log a target names, by Kiln's labels: the workload id (a session, build, run, deployment or
 * application id); for a job run also the attempt ({@value #ATTEMPT} label, or a Job named {@code ...-<attempt>});
 * for replicated workloads the n-th replica, pods ordered by name.
 */
class WorkloadPods {
  static final String ATTEMPT = "kiln.io/attempt";
  private final KubernetesClient client;
  private final RateLimit rateLimit;

  WorkloadPods(KubernetesClient client, RateLimit rateLimit) {
    this.client = client;
    this.rateLimit = rateLimit;
  }

  Optional<Pod> of(LogTarget target) {
    rateLimit.acquire();
    List<Pod> pods = client.pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.KILN)
        .withLabel(Labels.WORKLOAD_ID, target.id()).list().getItems().stream()
        .filter(p -> target.attempt() == null || attemptOf(p, target.attempt()))
        .sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList();
    int replica = target.replica() == null ? 0 : target.replica();
    return replica < pods.size() ? Optional.of(pods.get(replica)) : Optional.empty();
  }

  private static boolean attemptOf(Pod pod, int attempt) {
    Map<String, String> labels = pod.getMetadata().getLabels();
    if (labels.containsKey(ATTEMPT)) {
      return String.valueOf(attempt).equals(labels.get(ATTEMPT));
    }
    String job = labels.get("job-name");
    return job != null && job.endsWith("-" + attempt);
  }
}
