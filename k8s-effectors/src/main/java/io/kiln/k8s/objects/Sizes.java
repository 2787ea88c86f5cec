package io.kiln.k8s.objects;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.kiln.domain.workload.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile's size as container requests and limits; GPUs are the {@code nvidia.com/gpu} extended resource. */
public final class Sizes {
  public static final String GPU = "nvidia.com/gpu";
  public static final String GPU_TYPE_LABEL = "kiln.io/gpu-type";

  private Sizes() {}

  public static ResourceRequirements of(Resources resources) {
    Map<String, Quantity> amounts = new LinkedHashMap<>();
    amounts.put("cpu", new Quantity(resources.cpuMillis() + "m"));
    amounts.put("memory", new Quantity(resources.memoryMiB() + "Mi"));
    if (resources.gpus() > 0) {
      amounts.put(GPU, new Quantity(String.valueOf(resources.gpus())));
    }
    return new ResourceRequirementsBuilder().withRequests(amounts).withLimits(amounts).build();
  }

  public static Map<String, String> nodeSelector(Resources resources) {
    return resources.gpuType() == null ? Map.of() : Map.of(GPU_TYPE_LABEL, resources.gpuType());
  }
}
