package io.kiln.bench;

/** Kiln against the baseline at one thread count. */
public record Comparison(int threads, long kilnOperations, double kilnOpsPerSecond, long rawOperations,
                         double rawOpsPerSecond, double ratio) {

  public static Comparison of(int threads, Throughput kiln, Throughput raw) {
    return new Comparison(threads, kiln.operations(), kiln.perSecond(), raw.operations(), raw.perSecond(),
        raw.perSecond() == 0 ? 0 : kiln.perSecond() / raw.perSecond());
  }
}
