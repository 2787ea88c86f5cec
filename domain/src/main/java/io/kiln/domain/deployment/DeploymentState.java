package io.kiln.domain.deployment;

/**
 * {@code PENDING → DEPLOYING → DEPLOYED → STOPPING → STOPPED}, or {@code FAILED}. Every change of what should run
 * (scale, new version, canary, restart) is a new rollout: a deployment that serves goes back to {@code DEPLOYING}
 * and keeps serving what it served until the rollout is {@code DEPLOYED}. A stopped or failed deployment restarts as
 * {@code PENDING}.
 */
public enum DeploymentState {
  PENDING,
  DEPLOYING,
  DEPLOYED,
  STOPPING,
  STOPPED,
  FAILED;

  /** Deployments in these states hold their owner's quota and may be changed. */
  public boolean holdsResources() {
    return this == PENDING || this == DEPLOYING || this == DEPLOYED;
  }

  public boolean isActive() {
    return holdsResources() || this == STOPPING;
  }

  public boolean isFinal() {
    return this == STOPPED || this == FAILED;
  }

  /** The state a new rollout puts a deployment in: one that deploys or serves rolls out; others stay as they are. */
  public DeploymentState afterRollout() {
    return this == DEPLOYING || this == DEPLOYED ? DEPLOYING : this;
  }
}
