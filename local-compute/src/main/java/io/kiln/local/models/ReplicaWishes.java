package io.kiln.local.models;

import io.kiln.local.builds.LocalBuilder;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.WorkloadSpec;
import io.kiln.local.workload.Workloads;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a deployment should run into wishes of replica processes: one serving shim per replica of the primary
 * version and of the canary version, keyed by replica number so that scaling keeps the replicas it does not drop.
 */
public class ReplicaWishes {
  private final Workloads workloads;
  private final LocalDeployments deployments;
  private final LocalRuntimes runtimes;
  private final Path shim;
  private final Path builds;

  public ReplicaWishes(Workloads workloads, LocalDeployments deployments, LocalRuntimes runtimes, Path shim,
                       Path builds) {
    this.workloads = workloads;
    this.deployments = deployments;
    this.runtimes = runtimes;
    this.shim = shim;
    this.builds = builds;
  }

  public void sync(String deploymentId) {
    LocalDeployment d = deployments.find(deploymentId).orElse(null);
    if (d == null) {
      return;
    }
    Set<String> wanted = new HashSet<>();
    if (d.running()) {
      LocalDeployments.Model model = deployments.model(d.modelId()).orElse(null);
      if (model != null) {
        want(d, model, d.modelVersion(), d.image(), d.replicas(), wanted);
        if (d.canaryVersion() != null) {
          want(d, model, d.canaryVersion(), d.canaryImage(), d.canaryReplicas(), wanted);
        }
      }
    }
    for (Workload w : workloads.ofOwner(deploymentId)) {
      if (w.wanted() && !wanted.contains(w.key())) {
        workloads.unwant(w.key());
      }
    }
  }

  private void want(LocalDeployment d, LocalDeployments.Model model, int version, String image, int replicas,
                    Set<String> wanted) {
    String python = runtimes.find(model.runtimeId()).map(r -> r.localCommand()).orElse("python3");
    Path folder = folder(image);
    for (int i = 0; i < replicas; i++) {
      String key = "model:" + d.deploymentId() + ":" + d.epoch() + ":v" + version + ":" + i;
      WorkloadSpec spec = new WorkloadSpec(d.projectId(), model.runtimeId(), null, model.file(), List.of(), Map.of(),
          d.memoryMiB(), 0, null, i, List.of(python, shim.toString(), model.file(), model.function()),
          folder == null ? null : folder.toString(), d.ownerId());
      workloads.want(key, Kind.MODEL_REPLICA, d.deploymentId(), version, d.deploymentId(), spec);
      wanted.add(key);
    }
  }

  /** A locally built version's snapshot of the project's files; otherwise (null) the project's folder. */
  private Path folder(String image) {
    if (image == null || !image.startsWith(LocalBuilder.SNAPSHOT)) {
      return null;
    }
    String build = image.substring(LocalBuilder.SNAPSHOT.length());
    int at = build.indexOf('@');
    return LocalBuilder.snapshot(builds, at < 0 ? build : build.substring(0, at)).toAbsolutePath();
  }
}
