package io.kiln.command.deployment;

import io.kiln.domain.deployment.DeploymentRules;
import io.kiln.domain.workload.Resources;

/** What a deployment's current rollout asks for: the primary version with its replicas, and a canary if any. */
record Rollout(int modelVersion, String image, int replicas, Integer canaryVersion, String canaryImage,
               int canaryPercent, int canaryReplicas) {

  static Rollout of(int modelVersion, String image, int replicas) {
    return new Rollout(modelVersion, image, replicas, null, null, 0, 0);
  }

  boolean hasCanary() {
    return canaryVersion != null;
  }

  int total() {
    return replicas + canaryReplicas;
  }

  Resources held(Resources perReplica) {
    return perReplica.times(total());
  }

  Rollout withVersion(int version, String versionImage) {
    return new Rollout(version, versionImage, replicas, canaryVersion, canaryImage, canaryPercent, canaryReplicas);
  }

  Rollout scaled(int count) {
    int canary = hasCanary() ? DeploymentRules.canaryReplicas(count, canaryPercent) : 0;
    return withReplicas(count, canary);
  }

  Rollout withReplicas(int count, int canary) {
    return new Rollout(modelVersion, image, count, canaryVersion, canaryImage, canaryPercent, canary);
  }

  Rollout withCanary(int version, String versionImage, int percent) {
    return new Rollout(modelVersion, image, replicas, version, versionImage, percent,
        DeploymentRules.canaryReplicas(replicas, percent));
  }

  Rollout promoted() {
    return of(canaryVersion, canaryImage, replicas);
  }

  Rollout withoutCanary() {
    return of(modelVersion, image, replicas);
  }
}
