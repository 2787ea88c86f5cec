package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads what a pod's status says in the terms Kiln reports: scheduled, ready, failed and why. */
public final class PodStates {
  private static final Set<String> FATAL_WAITING = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
      "CrashLoopBackOff", "CreateContainerConfigError", "CreateContainerError");

  private PodStates() {}

  public static boolean scheduled(Pod pod) {
    return condition(pod, "PodScheduled");
  }

  public static boolean ready(Pod pod) {
    return "Running".equals(phase(pod)) && condition(pod, "Ready");
  }

  public static boolean succeeded(Pod pod) {
    return "Succeeded".equals(phase(pod));
  }

  /** Why the pod cannot work, if it cannot: it failed, or a container is stuck on an error that will not pass. */
  public static Optional<String> failure(Pod pod) {
    Optional<String> stuck = stuck(pod);
    if (stuck.isPresent()) {
      return stuck;
    }
    for (ContainerStatus status : containerStatuses(pod)) {
      if (status.getState() != null && status.getState().getTerminated() != null
          && status.getState().getTerminated().getExitCode() != null
          && status.getState().getTerminated().getExitCode() != 0) {
        var terminated = status.getState().getTerminated();
        return Optional.of((terminated.getReason() == null ? "Error" : terminated.getReason()) + ": exit code "
            + terminated.getExitCode() + describe(terminated.getMessage()));
      }
    }
    if ("Failed".equals(phase(pod))) {
      String reason = pod.getStatus().getReason();
      return Optional.of(reason == null ? "Failed" : reason + describe(pod.getStatus().getMessage()));
    }
    return Optional.empty();
  }

  /** Why a container of the pod waits on an error that will not pass (an image that cannot be pulled), if it does. */
  public static Optional<String> stuck(Pod pod) {
    for (ContainerStatus status : containerStatuses(pod)) {
      if (status.getState() != null && status.getState().getWaiting() != null
          && FATAL_WAITING.contains(status.getState().getWaiting().getReason())) {
        return Optional.of(status.getState().getWaiting().getReason() + describe(
            status.getState().getWaiting().getMessage()));
      }
    }
    return Optional.empty();
  }

  public static String phase(Pod pod) {
    return pod.getStatus() == null ? null : pod.getStatus().getPhase();
  }

  public static List<ContainerStatus> containerStatuses(Pod pod) {
    if (pod.getStatus() == null) {
      return List.of();
    }
    return Stream.concat(
        pod.getStatus().getInitContainerStatuses() == null ? Stream.empty()
            : pod.getStatus().getInitContainerStatuses().stream(),
        pod.getStatus().getContainerStatuses() == null ? Stream.empty()
            : pod.getStatus().getContainerStatuses().stream()).toList();
  }

  private static boolean condition(Pod pod, String type) {
    if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
      return false;
    }
    return pod.getStatus().getConditions().stream()
        .anyMatch((PodCondition c) -> type.equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static String describe(String message) {
    return message == null || message.isBlank() ? "" : " (" + message + ")";
  }
}
