package io.kiln.command.deployment;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.DeploymentState;

/** What a deployment must be for people to change what runs. */
final class DeploymentGuards {
  private DeploymentGuards() {}

  static void requireRunning(DeploymentState state, String what) {
    if (!state.holdsResources()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "Cannot " + what + " a deployment that is " + state
          + "; restart it first");
    }
  }

  static void requireCanary(Rollout target, String what) {
    if (!target.hasCanary()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The deployment has no canary to " + what);
    }
  }
}
