package io.kiln.k8s.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import java.util.List;
import java.util.Map;

/**
 * A project's files on the NFS export, seen from one user's namespace: a PersistentVolume on
 * {@code <nfsPath>/<project>} pre-bound to that namespace's claim. Kubernetes binds a volume to one claim only, so
 * each user who may work in the project gets a volume of their own, all on the same export path. Volumes are retained:
 * removing a claim never deletes files.
 */
public final class StorageManifests {
  private static final Quantity SIZE = new Quantity("100Gi");

  private StorageManifests() {}

  public static List<HasMetadata> of(String projectId, String userId, K8sSettings settings) {
    return of(projectId, Names.projectVolume(projectId, userId), Names.userNamespace(userId),
        Labels.of("project-storage", projectId, projectId, userId), settings);
  }

  /** The project's files as the build namespace sees them (read-only in build pods). */
  public static List<HasMetadata> forBuilds(String projectId, K8sSettings settings) {
    return of(projectId, Names.projectBuildVolume(projectId), settings.buildNamespace(),
        Labels.of("project-storage", projectId, projectId, null), settings);
  }

  private static List<HasMetadata> of(String projectId, String volume, String namespace, Map<String, String> labels,
                                      K8sSettings settings) {
    String claim = Names.projectClaim(projectId);
    var pv = new PersistentVolumeBuilder().withNewMetadata().withName(volume).withLabels(labels).endMetadata()
        .withNewSpec().addToCapacity("storage", SIZE).withAccessModes("ReadWriteMany")
        .withPersistentVolumeReclaimPolicy("Retain").withStorageClassName(settings.storageClass())
        .withNewNfs().withServer(settings.nfsServer()).withPath(settings.nfsPath() + "/" + projectId).endNfs()
        .withNewClaimRef().withNamespace(namespace).withName(claim).endClaimRef()
        .endSpec().build();
    var pvc = new PersistentVolumeClaimBuilder().withNewMetadata().withName(claim).withNamespace(namespace)
        .withLabels(labels).endMetadata()
        .withNewSpec().withAccessModes("ReadWriteMany").withStorageClassName(settings.storageClass())
        .withVolumeName(volume).withNewResources().addToRequests("storage", SIZE).endResources()
        .endSpec().build();
    return List.of(pv, pvc);
  }

  public static boolean configured(K8sSettings settings) {
    return settings.nfsServer() != null && !settings.nfsServer().isBlank();
  }
}
