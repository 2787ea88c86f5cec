package io.kiln.k8s.sessions;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import io.kiln.k8s.objects.PodSecurity;
import io.kiln.k8s.objects.Sizes;
import java.util.List;
import java.util.Map;

/**
 * A session: a pod running the runtime's image, its editor on port 8888, the project's files at
 * {@value #PROJECT_PATH}, and a service in front of it. Ready means the editor answers.
 */
public final class SessionManifests {
  public static final String PROJECT_PATH = "/home/kiln/project";
  public static final int EDITOR_PORT = 8888;

  private SessionManifests() {}

  public static List<HasMetadata> of(SessionStartRequestedEvent e, boolean projectStorage) {
    String name = Names.session(e.sessionId());
    String namespace = Names.userNamespace(e.ownerId());
    Map<String, String> labels = Labels.of("session", e.sessionId(), e.projectId(), e.ownerId());
    var container = new ContainerBuilder()
        .withName("editor").withImage(e.image())
        .addNewPort().withName("editor").withContainerPort(EDITOR_PORT).endPort()
        .addNewEnv().withName("KILN_PROJECT_ID").withValue(e.projectId()).endEnv()
        .addNewEnv().withName("KILN_SESSION_ID").withValue(e.sessionId()).endEnv()
        .addNewEnv().withName("KILN_PROJECT_PATH").withValue(PROJECT_PATH).endEnv()
        .withResources(Sizes.of(e.resources()))
        .withSecurityContext(PodSecurity.container())
        .addNewVolumeMount().withName("project").withMountPath(PROJECT_PATH).endVolumeMount();
    if (e.editor() != Editor.NONE) {
      container.withNewReadinessProbe().withNewHttpGet().withPath("/").withPort(new IntOrString(EDITOR_PORT))
          .endHttpGet().withPeriodSeconds(5).endReadinessProbe();
    }
    var pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
        .endMetadata().withNewSpec().withAutomountServiceAccountToken(false).withEnableServiceLinks(false)
        .withRestartPolicy("Never").withSecurityContext(PodSecurity.pod())
        .withNodeSelector(Sizes.nodeSelector(e.resources()))
        .withContainers(container.build()).withVolumes(projectVolume(e.projectId(), projectStorage))
        .endSpec().build();
    var service = new ServiceBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
        .endMetadata().withNewSpec().withSelector(Map.of(Labels.WORKLOAD_ID, e.sessionId()))
        .addNewPort().withName("editor").withPort(80).withTargetPort(new IntOrString(EDITOR_PORT)).endPort()
        .endSpec().build();
    return List.of(pod, service);
  }

  public static String url(String sessionId, String ownerId) {
    return "http://" + Names.session(sessionId) + "." + Names.userNamespace(ownerId) + ".svc/";
  }

  public static Volume projectVolume(String projectId, boolean projectStorage) {
    var volume = new VolumeBuilder().withName("project");
    return projectStorage
        ? volume.withNewPersistentVolumeClaim().withClaimName(Names.projectClaim(projectId)).endPersistentVolumeClaim()
            .build()
        : volume.withNewEmptyDir().endEmptyDir().build();
  }
}
