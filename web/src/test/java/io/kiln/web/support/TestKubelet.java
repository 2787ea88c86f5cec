package io.kiln.web.support;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.kiln.k8s.jobs.JobManifests;
import io.kiln.k8s.objects.Labels;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plays the node and the controllers for the mock cluster: moves a workload's pod through the phases a real kubelet
 * would, a Job and its pod to success or failure (exit code, {@code OOMKilled}, deadline), a Deployment's replicas to
 * ready.
 */
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

  /** The Job of attempt {@code attempt} of a run, once Kiln has created it. */
  public Job job(String runId, int attempt) {
    return client.batch().v1().jobs().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, runId)
        .withLabel(JobManifests.ATTEMPT, String.valueOf(attempt)).list().getItems().stream().findFirst().orElse(null);
  }

  /** Plays the Job controller and the node: the Job's pod is placed and its container starts. */
  public void startJob(String runId, int attempt) {
    jobPod(runId, attempt, "Pending", condition("PodScheduled", "True"), new ContainerStatusBuilder()
        .withName(JobManifests.CONTAINER).withReady(false).withNewState().withNewWaiting()
        .withReason("ContainerCreating").endWaiting().endState().build());
    jobStatus(runId, attempt, s -> s.withActive(1).withReady(0));
  }

  /** The Job's pod cannot pull its image: the Job itself stays active, as it would on a real cluster. */
  public void failToPullJob(String runId, int attempt) {
    jobPod(runId, attempt, "Pending", condition("Ready", "False"), new ContainerStatusBuilder()
        .withName(JobManifests.CONTAINER).withReady(false).withNewState().withNewWaiting()
        .withReason("ImagePullBackOff").withMessage("pull access denied").endWaiting().endState().build());
    jobStatus(runId, attempt, s -> s.withActive(1).withReady(0));
  }

  public void runJob(String runId, int attempt) {
    jobPod(runId, attempt, "Running", condition("Ready", "True"), new ContainerStatusBuilder()
        .withName(JobManifests.CONTAINER).withReady(true).withNewState().withNewRunning().endRunning().endState()
        .build());
    jobStatus(runId, attempt, s -> s.withActive(1).withReady(1));
  }

  public void succeedJob(String runId, int attempt) {
    jobPod(runId, attempt, "Succeeded", condition("Ready", "False"), terminated(0, "Completed"));
    jobStatus(runId, attempt, s -> s.withActive(0).withReady(0).withSucceeded(1)
        .withConditions(jobCondition("Complete", null)));
  }

  /** The script exits with {@code exitCode}; {@code reason} is the container's ({@code Error}, {@code OOMKilled}). */
  public void failJob(String runId, int attempt, int exitCode, String reason) {
    jobPod(runId, attempt, "Failed", condition("Ready", "False"), terminated(exitCode, reason));
    jobStatus(runId, attempt, s -> s.withActive(0).withReady(0).withFailed(1)
        .withConditions(jobCondition("Failed", "BackoffLimitExceeded")));
  }

  public void oomKillJob(String runId, int attempt) {
    failJob(runId, attempt, 137, "OOMKilled");
  }

  /** The Job ran past its {@code activeDeadlineSeconds}: its pod is killed and the Job fails. */
  public void exceedJobDeadline(String runId, int attempt) {
    jobPod(runId, attempt, "Failed", condition("Ready", "False"), terminated(143, "Error"));
    jobStatus(runId, attempt, s -> s.withActive(0).withReady(0).withFailed(1)
        .withConditions(jobCondition("Failed", "DeadlineExceeded")));
  }

  /** The Deployments of a workload, by name. */
  public List<Deployment> deployments(String workloadId) {
    return client.apps().deployments().inAnyNamespace().withLabel(Labels.WORKLOAD_ID, workloadId).list().getItems()
        .stream().sorted(java.util.Comparator.comparing(d -> d.getMetadata().getName())).toList();
  }

  public Deployment deployment(String namespace, String name) {
    return client.apps().deployments().inNamespace(namespace).withName(name).get();
  }

  /** Plays the Deployment controller: {@code ready} replicas of the current template are ready. */
  public void readyReplicas(Deployment deployment, int ready) {
    client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace())
        .withName(deployment.getMetadata().getName()).editStatus(d -> new DeploymentBuilder(d).editOrNewStatus()
            .withObservedGeneration(d.getMetadata().getGeneration()).withReplicas(ready).withUpdatedReplicas(ready)
            .withReadyReplicas(ready).withAvailableReplicas(ready)
            .withConditions(new DeploymentConditionBuilder().withType("Available")
                .withStatus(ready > 0 ? "True" : "False").build())
            .endStatus().build());
  }

  /** Plays the ReplicaSet controller and the node: {@code count} pods of the Deployment run, ready, with addresses. */
  public void readyPods(Deployment deployment, int count) {
    var pods = client.pods().inNamespace(deployment.getMetadata().getNamespace());
    for (int i = 0; i < count; i++) {
      String name = deployment.getMetadata().getName() + "-" + i;
      if (pods.withName(name).get() == null) {
        pods.resource(new PodBuilder().withNewMetadata().withName(name)
            .withNamespace(deployment.getMetadata().getNamespace())
            .withLabels(deployment.getSpec().getTemplate().getMetadata().getLabels()).endMetadata()
            .withSpec(deployment.getSpec().getTemplate().getSpec()).build()).create();
      }
      String address = "10.244.0." + (i + 1);
      pods.withName(name).editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase("Running").withPodIP(address)
          .withConditions(condition("PodScheduled", "True"), condition("Ready", "True")).endStatus().build());
    }
  }

  private void jobPod(String runId, int attempt, String phase, PodCondition condition, ContainerStatus container) {
    Job job = job(runId, attempt);
    if (job == null) {
      throw new IllegalStateException("No Job for attempt " + attempt + " of " + runId);
    }
    String name = job.getMetadata().getName() + "-pod";
    var pods = client.pods().inNamespace(job.getMetadata().getNamespace());
    if (pods.withName(name).get() == null) {
      pods.resource(new PodBuilder().withNewMetadata().withName(name).withNamespace(job.getMetadata().getNamespace())
          .withLabels(job.getSpec().getTemplate().getMetadata().getLabels())
          .addToLabels("batch.kubernetes.io/job-name", job.getMetadata().getName()).endMetadata()
          .withSpec(job.getSpec().getTemplate().getSpec()).build()).create();
    }
    pods.withName(name).editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase(phase)
        .withConditions(condition("PodScheduled", "True"), condition).withContainerStatuses(container).endStatus()
        .build());
  }

  /** As the Job controller would: nothing to update once Kiln has deleted the Job (it may, on the pod's state). */
  private void jobStatus(String runId, int attempt, UnaryOperator<JobStatusBuilder> change) {
    Job job = job(runId, attempt);
    if (job == null) {
      return;
    }
    try {
      client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).withName(job.getMetadata().getName())
          .editStatus(j -> new JobBuilder(j).withStatus(change.apply(j.getStatus() == null ? new JobStatusBuilder()
              : new JobStatusBuilder(j.getStatus())).build()).build());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
    }
  }

  private static JobCondition jobCondition(String type, String reason) {
    return new JobConditionBuilder().withType(type).withStatus("True").withReason(reason).build();
  }

  private static ContainerStatus terminated(int exitCode, String reason) {
    return new ContainerStatusBuilder().withName(JobManifests.CONTAINER).withReady(false).withNewState()
        .withNewTerminated().withExitCode(exitCode).withReason(reason).endTerminated().endState().build();
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
