package io.kiln.domain.quota;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.workload.Resources;
import java.util.Map;

/** The refusal of a start that would exceed a quota, naming the resource and the numbers, in words and as data. */
public final class QuotaRefusals {
  private QuotaRefusals() {}

  /** Null when {@code requested} fits beside {@code used} within {@code limits}. */
  public static KilnException check(Resources requested, QuotaLimits used, QuotaLimits limits) {
    if (used.gpus() + requested.gpus() > limits.gpus()) {
      return refusal("gpus", "GPU", requested.gpus(), used.gpus(), limits.gpus(), "");
    }
    if (used.cpuMillis() + requested.cpuMillis() > limits.cpuMillis()) {
      return refusal("cpuMillis", "CPU", requested.cpuMillis(), used.cpuMillis(), limits.cpuMillis(), " millicores");
    }
    if (used.memoryMiB() + requested.memoryMiB() > limits.memoryMiB()) {
      return refusal("memoryMiB", "memory", requested.memoryMiB(), used.memoryMiB(), limits.memoryMiB(), " MiB");
    }
    return null;
  }

  private static KilnException refusal(String resource, String words, long asked, long using, long limit,
                                       String unit) {
    return new KilnException(ErrorCode.QUOTA_EXCEEDED,
        "Over your " + words + " quota: asked " + asked + unit + ", using " + using + " of " + limit + unit,
        Map.of("resource", resource, "requested", asked, "inUse", using, "limit", limit));
  }
}
