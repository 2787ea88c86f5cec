package io.kiln.bench;

/** Kiln against the baseline at one thread count. */
public record Comparison(int threads, long kilnOperations, double kilnOpsPerSecond, double kilnJvmCpuMicrosPerOp,
                         long rawOperations, double rawOpsPerSecond, double rawJvmCpuMicrosPerOp, double ratio) {

  public static Comparison of(int threads, Throughput kiln, Throughput raw) {
    return new Comparison(threads, kiln.operations(), kiln.perSecond(), kiln.jvmCpuMicrosPerOperation(),
        raw.operations(), raw.perSecond(), raw.jvmCpuMicrosPerOperation(),
        raw.perSecond() == 0 ? 0 : kiln.perSecond() / raw.perSecond());
  }
}
