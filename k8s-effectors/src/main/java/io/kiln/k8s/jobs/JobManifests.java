package io.kiln.k8s.jobs;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Launchers;
import io.kiln.k8s.objects.Names;
import io.kiln.k8s.objects.PodSecurity;
import io.kiln.k8s.objects.Sizes;
import io.kiln.k8s.sessions.SessionManifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt of a job run: a {@code batch/v1} Job that never retries ({@code backoffLimit: 0}; retries are the
 * domain's) and is killed at the run's timeout ({@code activeDeadlineSeconds}), running the script with its arguments
 * in the project's files, sized by the profile.
 */
public final class JobManifests {
  public static final String ATTEMPT = "kiln.io/attempt";
  public static final String WORKLOAD = "job-run";
  public static final String CONTAINER = "main";

  private JobManifests() {}

  public static Job of(JobRunSpec run, int attempt, boolean projectStorage) {
    Map<String, String> labels = new LinkedHashMap<>(Labels.of(WORKLOAD, run.runId(), run.projectId(),
        run.ownerId()));
    labels.put(ATTEMPT, String.valueOf(attempt));
    List<EnvVar> env = new ArrayList<>();
    run.environment().forEach((k, v) -> env.add(new EnvVar(k, v, null)));
    env.add(new EnvVar("KILN_SCRIPT", run.script(), null));
    env.add(new EnvVar("KILN_PROJECT_ID", run.projectId(), null));
    env.add(new EnvVar("KILN_JOB_ID", run.jobId(), null));
    env.add(new EnvVar("KILN_RUN_ID", run.runId(), null));
    env.add(new EnvVar("KILN_ATTEMPT", String.valueOf(attempt), null));
    env.add(new EnvVar("KILN_PROJECT_PATH", SessionManifests.PROJECT_PATH, null));
    var container = new ContainerBuilder().withName(CONTAINER).withImage(run.image())
        .withCommand(Launchers.command(SessionManifests.PROJECT_PATH)).withArgs(run.arguments()).withEnv(env)
        .withResources(Sizes.of(run.resources())).withSecurityContext(PodSecurity.container())
        .addNewVolumeMount().withName("project").withMountPath(SessionManifests.PROJECT_PATH).endVolumeMount()
        .build();
    return new JobBuilder().withNewMetadata().withName(Names.jobRun(run.runId(), attempt))
        .withNamespace(Names.userNamespace(run.ownerId())).withLabels(labels).endMetadata()
        .withNewSpec().withBackoffLimit(0).withActiveDeadlineSeconds(run.timeoutSeconds())
        .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
        .withRestartPolicy("Never").withAutomountServiceAccountToken(false).withEnableServiceLinks(false)
        .withSecurityContext(PodSecurity.pod()).withNodeSelector(Sizes.nodeSelector(run.resources()))
        .withContainers(container).withVolumes(SessionManifests.projectVolume(run.projectId(), projectStorage))
        .endSpec().endTemplate().endSpec().build();
  }
}
