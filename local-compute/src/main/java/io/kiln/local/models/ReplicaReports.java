package io.kiln.local.models;

import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import io.kiln.local.LocalReports;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.time.Instant;
import java.util.List;

/**
 * Tells a deployment how many of its replicas are ready whenever one became ready, died or stopped; once a stopped
 * deployment has no replica process left, that it stopped.
 */
public class ReplicaReports {
  private final Workloads workloads;
  private final LocalDeployments deployments;
  private final LocalReports reports;

  public ReplicaReports(Workloads workloads, LocalDeployments deployments, LocalReports reports) {
    this.workloads = workloads;
    this.deployments = deployments;
    this.reports = reports;
  }

  public void changed(String deploymentId) {
    LocalDeployment d = deployments.find(deploymentId).orElse(null);
    if (d == null) {
      return;
    }
    List<Workload> replicas = workloads.ofOwner(deploymentId);
    DeploymentId id = new DeploymentId(deploymentId);
    if (d.running()) {
      long ready = replicas.stream().filter(w -> w.wanted() && Workload.READY.equals(w.status())).count();
      reports.send(new ReportDeploymentReplicasCommand(id, null, null, (int) ready, Instant.now()));
    } else if (replicas.stream().noneMatch(w -> !Workload.ENDED.equals(w.status()))) {
      reports.send(new ReportDeploymentStoppedCommand(id, null));
    }
  }
}
