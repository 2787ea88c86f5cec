package io.kiln.k8s.models;

import io.kiln.domain.workload.Resources;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the effector keeps of a model deployment: its current rollout ({@code generation}, the primary version and
 * perhaps a canary), how often it was restarted, and every version it keeps running ({@code live}: the target's, and
 * those that serve until the target is deployed).
 */
public record ModelDeploymentSpec(String deploymentId, String projectId, String ownerId, Resources resources,
                                  Map<String, String> environment, Map<String, String> secretRefs, int generation,
                                  Version primary, Version canary, int restart, Map<Integer, Version> live) {

  /** One model version as it runs: its image and its replicas. */
  public record Version(int number, String image, int replicas) {}

  public ModelDeploymentSpec {
    environment = environment == null ? Map.of() : environment;
    secretRefs = secretRefs == null ? Map.of() : secretRefs;
    live = live == null ? Map.of() : live;
  }

  /** Rollout {@code next} with this primary and canary; both join the versions that run. */
  public ModelDeploymentSpec rollout(int next, Version primary, Version canary) {
    Map<Integer, Version> running = new TreeMap<>(live);
    running.put(primary.number(), primary);
    if (canary != null) {
      running.put(canary.number(), canary);
    }
    return new ModelDeploymentSpec(deploymentId, projectId, ownerId, resources, environment, secretRefs, next,
        primary, canary, restart, running);
  }

  public ModelDeploymentSpec restarted(int next) {
    return new ModelDeploymentSpec(deploymentId, projectId, ownerId, resources, environment, secretRefs, next,
        primary, canary, next, live).rollout(next, primary, canary);
  }

  /** Only the versions of the target keep running. */
  public ModelDeploymentSpec settled() {
    Map<Integer, Version> running = new LinkedHashMap<>();
    running.put(primary.number(), primary);
    if (canary != null) {
      running.put(canary.number(), canary);
    }
    return new ModelDeploymentSpec(deploymentId, projectId, ownerId, resources, environment, secretRefs, generation,
        primary, canary, restart, running);
  }

  public ModelDeploymentSpec stopped() {
    return new ModelDeploymentSpec(deploymentId, projectId, ownerId, resources, environment, secretRefs, generation,
        primary, canary, restart, Map.of());
  }

  public boolean targets(int version) {
    return primary.number() == version || (canary != null && canary.number() == version);
  }

  public int replicas() {
    return primary.replicas() + (canary == null ? 0 : canary.replicas());
  }
}
