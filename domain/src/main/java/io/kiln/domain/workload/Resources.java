package io.kiln.domain.workload;

import io.kiln.domain.quota.QuotaLimits;

/**
 * What a workload holds while it runs: CPU in millicores, memory in MiB, GPUs (with an optional GPU type, which
 * selects nodes). A flat fact, carried as such by events.
 */
public record Resources(long cpuMillis, long memoryMiB, int gpus, String gpuType) {
  public static final Resources NONE = new Resources(0, 0, 0, null);

  public Resources plus(Resources other) {
    return new Resources(cpuMillis + other.cpuMillis, memoryMiB + other.memoryMiB, gpus + other.gpus, null);
  }

  /** The same amounts as quota figures. */
  public QuotaLimits asLimits() {
    return new QuotaLimits(cpuMillis, memoryMiB, gpus);
  }

  public Resources times(int count) {
    return new Resources(cpuMillis * count, memoryMiB * count, gpus * count, gpuType);
  }
}
