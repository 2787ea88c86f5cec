package io.kiln.infra.compute;

/** Where Kiln runs workloads: a Kubernetes cluster, this machine's processes, or nowhere. */
public enum Compute {
  KUBERNETES,
  LOCAL,
  NONE
}
