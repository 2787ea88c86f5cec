package io.kiln.domain.job;

import java.util.List;

/** Up to {@code maxAttempts} attempts per run, each {@code delaySeconds} after a failure of a kind in {@code on}. */
public record RetryPolicy(int maxAttempts, long delaySeconds, List<FailureKind> on) {
  public static final RetryPolicy NONE = new RetryPolicy(1, 0, List.of());

  public boolean retries(FailureKind failure, int attempt) {
    return attempt < maxAttempts && on != null && on.contains(failure);
  }
}
