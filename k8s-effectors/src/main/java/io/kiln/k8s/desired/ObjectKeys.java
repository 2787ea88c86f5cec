package io.kiln.k8s.desired;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/** Identity and apply order of an object: namespaces first, then what lives in them, ingress last. */
public final class ObjectKeys {
  private static final Map<String, Integer> ORDER = Map.ofEntries(
      Map.entry("Namespace", 0), Map.entry("ResourceQuota", 1), Map.entry("LimitRange", 1),
      Map.entry("NetworkPolicy", 1), Map.entry("PersistentVolume", 2), Map.entry("PersistentVolumeClaim", 3),
      Map.entry("Secret", 4), Map.entry("ConfigMap", 4), Map.entry("Service", 5), Map.entry("Pod", 6),
      Map.entry("Deployment", 6), Map.entry("Job", 6), Map.entry("Ingress", 7));

  private ObjectKeys() {}

  public static String key(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return object.getKind() + "/" + (namespace == null ? "" : namespace) + "/" + object.getMetadata().getName();
  }

  public static int order(String kind) {
    return ORDER.getOrDefault(kind, 6);
  }
}
