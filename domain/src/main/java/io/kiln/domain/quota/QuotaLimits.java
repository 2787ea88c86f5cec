package io.kiln.domain.quota;

import io.kiln.domain.KilnException;

/** Ceilings on what one user's workloads may hold at once. */
public record QuotaLimits(long cpuMillis, long memoryMiB, int gpus) {
  /** What every user may hold until an administrator sets another default: 16 CPUs, 64 GiB, no GPU. */
  public static final QuotaLimits WORKSPACE_DEFAULT = new QuotaLimits(16_000, 65_536, 0);

  public static void check(long cpuMillis, long memoryMiB, int gpus) {
    if (cpuMillis < 0) {
      throw KilnException.invalid("cpuMillis", "must not be negative");
    }
    if (memoryMiB < 0) {
      throw KilnException.invalid("memoryMiB", "must not be negative");
    }
    if (gpus < 0) {
      throw KilnException.invalid("gpus", "must not be negative");
    }
  }
}
