package io.kiln.local.models;

import io.kiln.infra.workload.ModelReplicas;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.net.URI;
import java.util.List;

/** The replicas of a deployment's version that answer on this machine: {@code http://127.0.0.1:<port>}, sorted. */
public class LocalModelReplicas implements ModelReplicas {
  private final Workloads workloads;

  public LocalModelReplicas(Workloads workloads) {
    this.workloads = workloads;
  }

  @Override
  public List<URI> ready(String deploymentId, int modelVersion) {
    return workloads.ofOwner(deploymentId).stream()
        .filter(w -> w.wanted() && Workload.READY.equals(w.status()) && w.port() != null
            && w.generation() == modelVersion)
        .map(w -> URI.create("http://127.0.0.1:" + w.port())).sorted().toList();
  }
}
