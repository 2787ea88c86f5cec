package io.kiln.k8s.logs;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.infra.workload.LiveLogs;
import io.kiln.infra.workload.LogSink;
import io.kiln.infra.workload.LogTarget;
import io.kiln.k8s.client.RateLimit;
import java.util.Optional;

/** Live logs of the workloads Kiln runs on Kubernetes: the log of the target's pod, followed to its end. */
public class KubernetesLiveLogs implements LiveLogs {
  private final KubernetesClient client;
  private final WorkloadPods pods;

  public KubernetesLiveLogs(KubernetesClient client, RateLimit rateLimit) {
    this.client = client;
    this.pods = new WorkloadPods(client, rateLimit);
  }

  @Override
  public Optional<AutoCloseable> follow(LogTarget target, LogSink sink) {
    return pods.of(target).map(pod -> new PodLogFollower(client, pod, sink).start());
  }
}
