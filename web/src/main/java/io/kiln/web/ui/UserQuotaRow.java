package io.kiln.web.ui;

import io.kiln.domain.quota.UsageView;
import io.kiln.domain.user.UserView;

/** A user with what their workloads hold against their quota, as bars of a chart (percent, 0–100). */
public record UserQuotaRow(UserView user, UsageView usage) {

  public int cpuPercent() {
    return percent(usage.used().cpuMillis(), usage.limits().cpuMillis());
  }

  public int memoryPercent() {
    return percent(usage.used().memoryMiB(), usage.limits().memoryMiB());
  }

  public int gpuPercent() {
    return percent(usage.used().gpus(), usage.limits().gpus());
  }

  private static int percent(long used, long limit) {
    if (limit <= 0) {
      return used > 0 ? 100 : 0;
    }
    return (int) Math.min(100, Math.round(100.0 * used / limit));
  }
}
