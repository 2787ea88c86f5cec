package io.kiln.bench;

/** Operations completed in a stretch of wall-clock time, and the CPU time this JVM spent meanwhile. */
public record Throughput(long operations, long nanos, long jvmCpuNanos) {

  public Throughput plus(Throughput other) {
    return new Throughput(operations + other.operations, nanos + other.nanos, jvmCpuNanos + other.jvmCpuNanos);
  }

  public double perSecond() {
    return nanos == 0 ? 0 : operations * 1e9 / nanos;
  }

  public double jvmCpuMicrosPerOperation() {
    return operations == 0 ? 0 : jvmCpuNanos / 1e3 / operations;
  }
}
