package io.kiln.web.support;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kiln.k8s.objects.Labels;
import java.util.List;

/** Plays the node for the mock cluster: moves a workload's pod through the phases a real kubelet would. */
public final class TestKubelet {
  private final KubernetesClient client;

  TestKubelet(KubernetesClient client) {
    this.client = client;
  }

  /** The pod of a workload, once Kiln has created it. */
  public Pod pod(String workloadId) {
    List<Pod> pods = client.pods().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, workloadId).list().getItems();
    return pods.isEmpty() ? null : pods.get(0);
  }

  public void schedule(String workloadId) {
    status(workloadId, "Pending", List.of(condition("PodScheduled", "True")), List.of());
  }

  public void ready(String workloadId) {
    status(workloadId, "Running", List.of(condition("PodScheduled", "True"), condition("Ready", "True")),
        List.of(new ContainerStatusBuilder().withName("main").withReady(true).withNewState().withNewRunning()
            .endRunning().endState().build()));
  }

  public void failToPull(String workloadId) {
    status(workloadId, "Pending", List.of(condition("PodScheduled", "True")),
        List.of(new ContainerStatusBuilder().withName("main").withReady(false).withNewState().withNewWaiting()
            .withReason("ImagePullBackOff").withMessage("pull access denied").endWaiting().endState().build()));
  }

  public void oomKill(String workloadId) {
    status(workloadId, "Failed", List.of(condition("PodScheduled", "True")),
        List.of(new ContainerStatusBuilder().withName("main").withReady(false).withNewState().withNewTerminated()
            .withExitCode(137).withReason("OOMKilled").endTerminated().endState().build()));
  }

  /** The pod runs, with {@code container} (an init container or a container) running. */
  public void run(String workloadId, String container) {
    status(workloadId, "Running", List.of(condition("PodScheduled", "True")),
        List.of(new ContainerStatusBuilder().withName(container).withReady(true).withNewState().withNewRunning()
            .endRunning().endState().build()));
  }

  /** The pod completed; {@code container} left {@code message} as its termination message. */
  public void succeed(String workloadId, String container, String message) {
    status(workloadId, "Succeeded", List.of(condition("PodScheduled", "True")),
        List.of(new ContainerStatusBuilder().withName(container).withReady(false).withNewState().withNewTerminated()
            .withExitCode(0).withMessage(message).endTerminated().endState().build()));
  }

  /** The pod was killed at its active deadline. */
  public void exceedDeadline(String workloadId) {
    Pod pod = pod(workloadId);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase("Failed").withReason("DeadlineExceeded")
            .withMessage("Pod was active on the node longer than the specified deadline").endStatus().build());
  }

  private void status(String workloadId, String phase, List<PodCondition> conditions,
                      List<ContainerStatus> containers) {
    Pod pod = pod(workloadId);
    if (pod == null) {
      throw new IllegalStateException("No pod for " + workloadId);
    }
    client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase(phase).withConditions(conditions)
            .withContainerStatuses(containers).endStatus().build());
  }

  private static PodCondition condition(String type, String status) {
    return new PodConditionBuilder().withType(type).withStatus(status).build();
  }
}
