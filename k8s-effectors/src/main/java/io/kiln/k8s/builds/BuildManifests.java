package io.kiln.k8s.builds;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.SourceKind;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A build pod in the isolated build namespace: {@code fetch} gets the source (a git clone, or a copy of the project's
 * files read-only from its volume), {@code build} builds it with an unprivileged in-container builder into an image
 * archive, and {@code push} pushes it to the workspace registry and leaves the pushed digest as its termination
 * message. No host Docker socket, no privileged container; the pod's deadline is the build's timeout.
 */
public final class BuildManifests {
  static final String REGISTRY_SECRET = "kiln-registry-credentials";

  private BuildManifests() {}

  public static HasMetadata namespace(K8sSettings settings) {
    return new NamespaceBuilder().withNewMetadata().withName(settings.buildNamespace())
        .withLabels(Labels.of("build-namespace", "builds", null, null))
        .addToLabels("pod-security.kubernetes.io/enforce", "baseline").endMetadata().build();
  }

  public static HasMetadata pod(BuildRequestedEvent build, K8sSettings settings) {
    Map<String, String> labels = Labels.of("build", build.buildId(), build.projectId(), build.requestedBy());
    List<EnvVar> env = List.of(env("KILN_GIT_URL", build.source().url()), env("KILN_GIT_REF", build.source().ref()),
        env("KILN_GIT_COMMIT", build.source().commit()), env("KILN_DOCKERFILE", Dockerfiles.of(build)),
        env("KILN_IMAGE", build.image()), env("DOCKER_CONFIG", "/kaniko/.docker"));
    var workspace = new VolumeMountBuilder().withName("workspace").withMountPath("/workspace").build();
    var credentials = new VolumeMountBuilder().withName("registry").withMountPath("/kaniko/.docker").withReadOnly(true)
        .build();
    var fetch = new ContainerBuilder().withName("fetch").withImage(settings.gitImage()).withEnv(env)
        .withCommand("sh", "-ec", fetchScript(build.source().kind())).withVolumeMounts(workspace,
            new VolumeMountBuilder().withName("project").withMountPath("/project").withReadOnly(true).build());
    var builder = new ContainerBuilder().withName("build").withImage(settings.builderImage()).withEnv(env)
        .withArgs("--context=dir:///workspace/src", "--dockerfile=/workspace/Dockerfile", "--no-push",
            "--tar-path=/workspace/image.tar", "--destination=" + build.image())
        .withVolumeMounts(workspace, credentials);
    var push = new ContainerBuilder().withName("push").withImage(settings.pusherImage()).withEnv(env)
        .withCommand("sh", "-ec", "crane push /workspace/image.tar \"$KILN_IMAGE\" --image-refs /dev/termination-log")
        .withVolumeMounts(workspace, credentials);
    List<Volume> volumes = new ArrayList<>(List.of(
        new VolumeBuilder().withName("workspace").withNewEmptyDir().endEmptyDir().build(),
        new VolumeBuilder().withName("registry").withNewSecret().withSecretName(REGISTRY_SECRET).withOptional(true)
            .endSecret().build(),
        new VolumeBuilder().withName("project").withNewPersistentVolumeClaim()
            .withClaimName(Names.projectClaim(build.projectId())).withReadOnly(true).endPersistentVolumeClaim()
            .build()));
    return new PodBuilder().withNewMetadata().withName(Names.build(build.buildId()))
        .withNamespace(settings.buildNamespace()).withLabels(labels).endMetadata()
        .withNewSpec().withRestartPolicy("Never").withAutomountServiceAccountToken(false)
        .withActiveDeadlineSeconds(build.timeoutSeconds())
        .withInitContainers(fetch.build(), builder.build()).withContainers(push.build()).withVolumes(volumes)
        .endSpec().build();
  }

  private static String fetchScript(SourceKind source) {
    return switch (source) {
      case EXTERNAL_GIT -> "git clone --quiet \"$KILN_GIT_URL\" /workspace/src && cd /workspace/src "
          + "&& git checkout --quiet \"$KILN_GIT_REF\" && printf '%s' \"$KILN_DOCKERFILE\" > /workspace/Dockerfile";
      case PROJECT_GIT -> "git clone --quiet /project /workspace/src && cd /workspace/src "
          + "&& git checkout --quiet \"$KILN_GIT_COMMIT\" && printf '%s' \"$KILN_DOCKERFILE\" > /workspace/Dockerfile";
      case PROJECT_FILES -> "mkdir -p /workspace/src && cp -a /project/. /workspace/src/ "
          + "&& printf '%s' \"$KILN_DOCKERFILE\" > /workspace/Dockerfile";
    };
  }

  private static EnvVar env(String name, String value) {
    return new EnvVar(name, value == null ? "" : value, null);
  }
}
