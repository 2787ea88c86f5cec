package io.kiln.infra.workload;

import java.net.URI;
import java.util.List;

/**
 * The port a compute engine implements so that Kiln's own model route can reach a deployment's serving replicas:
 * the base URLs of the replicas of one version of a deployment that are ready now (empty when none is).
 */
public interface ModelReplicas {
  List<URI> ready(String deploymentId, int modelVersion);
}
