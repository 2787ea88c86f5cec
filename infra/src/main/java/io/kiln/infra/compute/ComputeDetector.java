package io.kiln.infra.compute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves {@code KILN_COMPUTE} ({@code kubernetes}, {@code local}, {@code none}, or unset): unset means Kubernetes
 * when a cluster is configured (a kubeconfig, or a service account inside a pod, or {@code kiln.k8s.master-url}),
 * else {@code local}: this machine's processes.
 */
public final class ComputeDetector {
  private ComputeDetector() {}

  public static Compute resolve(String configured, String masterUrl, Map<String, String> env, Path home) {
    if (configured != null && !configured.isBlank()) {
      try {
        return Compute.valueOf(configured.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("KILN_COMPUTE must be kubernetes, local or none, not " + configured);
      }
    }
    boolean cluster = (masterUrl != null && !masterUrl.isBlank())
        || env.containsKey("KUBERNETES_SERVICE_HOST")
        || (env.get("KUBECONFIG") != null && Files.isRegularFile(Path.of(env.get("KUBECONFIG"))))
        || Files.isRegularFile(home.resolve(".kube").resolve("config"));
    return cluster ? Compute.KUBERNETES : Compute.LOCAL;
  }
}
