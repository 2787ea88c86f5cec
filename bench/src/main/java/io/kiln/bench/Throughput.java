package io.kiln.bench;

/** Operations completed in a stretch of wall-clock time. */
public record Throughput(long operations, long nanos) {
  public static final Throughput NONE = new Throughput(0, 0);

  public Throughput plus(Throughput other) {
    return new Throughput(operations + other.operations, nanos + other.nanos);
  }

  public double perSecond() {
    return nanos == 0 ? 0 : operations * 1e9 / nanos;
  }
}
