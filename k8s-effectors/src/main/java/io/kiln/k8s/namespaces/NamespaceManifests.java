package io.kiln.k8s.namespaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.k8s.objects.Labels;
import io.kiln.k8s.objects.Names;
import java.util.List;
import java.util.Map;

/**
 * A user's namespace: Pod Security {@code restricted}, a ResourceQuota equal to the user's quota, default limits for
 * containers, and a network policy that admits ingress only from Kiln's own namespace (its proxy).
 */
public final class NamespaceManifests {
  private NamespaceManifests() {}

  public static List<HasMetadata> of(String userId, QuotaLimits quota, String kilnNamespace) {
    String ns = Names.userNamespace(userId);
    Map<String, String> labels = Labels.of("user-namespace", userId, null, userId);
    var namespace = new NamespaceBuilder().withNewMetadata().withName(ns).withLabels(labels)
        .addToLabels("pod-security.kubernetes.io/enforce", "restricted")
        .addToLabels("pod-security.kubernetes.io/enforce-version", "latest")
        .addToLabels("pod-security.kubernetes.io/warn", "restricted")
        .endMetadata().build();
    return List.of(namespace, resourceQuota(ns, labels, quota), limitRange(ns, labels),
        networkPolicy(ns, labels, kilnNamespace));
  }

  static HasMetadata resourceQuota(String ns, Map<String, String> labels, QuotaLimits quota) {
    return new ResourceQuotaBuilder().withNewMetadata().withName("kiln-quota").withNamespace(ns).withLabels(labels)
        .endMetadata().withNewSpec()
        .addToHard("limits.cpu", new Quantity(quota.cpuMillis() + "m"))
        .addToHard("requests.cpu", new Quantity(quota.cpuMillis() + "m"))
        .addToHard("limits.memory", new Quantity(quota.memoryMiB() + "Mi"))
        .addToHard("requests.memory", new Quantity(quota.memoryMiB() + "Mi"))
        .addToHard("requests.nvidia.com/gpu", new Quantity(String.valueOf(quota.gpus())))
        .endSpec().build();
  }

  static HasMetadata limitRange(String ns, Map<String, String> labels) {
    return new LimitRangeBuilder().withNewMetadata().withName("kiln-defaults").withNamespace(ns).withLabels(labels)
        .endMetadata().withNewSpec().addNewLimit().withType("Container")
        .addToDefault("cpu", new Quantity("1")).addToDefault("memory", new Quantity("2Gi"))
        .addToDefaultRequest("cpu", new Quantity("100m")).addToDefaultRequest("memory", new Quantity("256Mi"))
        .endLimit().endSpec().build();
  }

  static HasMetadata networkPolicy(String ns, Map<String, String> labels, String kilnNamespace) {
    return new NetworkPolicyBuilder().withNewMetadata().withName("kiln-ingress").withNamespace(ns).withLabels(labels)
        .endMetadata().withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress")
        .addNewIngress().addNewFrom().withNewNamespaceSelector()
        .addToMatchLabels("kubernetes.io/metadata.name", kilnNamespace).endNamespaceSelector().endFrom()
        .endIngress().endSpec().build();
  }
}
