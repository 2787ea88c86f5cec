package io.kiln.domain.deployment;

import io.kiln.domain.KilnException;
import io.kiln.domain.workload.EnvironmentRules;
import java.util.Map;
import java.util.UUID;

/** Replicas, canary shares and secret references as a deployment accepts them. */
public final class DeploymentRules {
  public static final int MIN_REPLICAS = 1;
  public static final int MAX_REPLICAS = 32;

  private DeploymentRules() {}

  public static int replicas(Integer replicas) {
    if (replicas == null || replicas < MIN_REPLICAS || replicas > MAX_REPLICAS) {
      throw KilnException.invalid("replicas", "must be between " + MIN_REPLICAS + " and " + MAX_REPLICAS);
    }
    return replicas;
  }

  public static int percent(Integer percent) {
    if (percent == null || percent < 0 || percent > 100) {
      throw KilnException.invalid("percent", "must be between 0 and 100");
    }
    return percent;
  }

  /** A canary runs its share of the replicas, rounded up, and at least one. */
  public static int canaryReplicas(int replicas, int percent) {
    return Math.max(1, (replicas * percent + 99) / 100);
  }

  /** Secrets arrive as references to the secret store, under names like environment variables' names. */
  public static void checkSecrets(Map<String, String> secretRefs, Map<String, String> environment) {
    if (secretRefs == null) {
      return;
    }
    EnvironmentRules.check("secrets", secretRefs);
    secretRefs.forEach((name, ref) -> {
      try {
        UUID.fromString(ref);
      } catch (IllegalArgumentException e) {
        throw KilnException.invalid("secrets." + name, "must be a reference to the secret store");
      }
      if (environment != null && environment.containsKey(name)) {
        throw KilnException.invalid("secrets." + name, "is also an environment variable");
      }
    });
  }
}
