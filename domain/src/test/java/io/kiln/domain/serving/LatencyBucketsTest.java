package io.kiln.domain.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyBucketsTest {

  @Test
  void aLatencyFallsInTheFirstBucketWhoseBoundHoldsIt() {
    assertThat(LatencyBuckets.of(0)).isZero();
    assertThat(LatencyBuckets.of(1)).isZero();
    assertThat(LatencyBuckets.of(4)).isEqualTo(3);
    assertThat(LatencyBuckets.of(5)).isEqualTo(3);
    assertThat(LatencyBuckets.of(10_000_000)).isEqualTo(LatencyBuckets.size() - 1);
  }

  @Test
  void percentilesAreTheBoundsOfTheBucketsTheyFallIn() {
    long[] counts = new long[LatencyBuckets.size()];
    counts[LatencyBuckets.of(4)] = 90;
    counts[LatencyBuckets.of(180)] = 10;
    assertThat(LatencyBuckets.percentile(counts, 0.5)).isEqualTo(5);
    assertThat(LatencyBuckets.percentile(counts, 0.95)).isEqualTo(200);
    assertThat(LatencyBuckets.percentile(new long[LatencyBuckets.size()], 0.5)).isNull();
  }

  @Test
  void callsSlowerThanTheLastBoundReportTheLastBound() {
    long[] counts = new long[LatencyBuckets.size()];
    counts[LatencyBuckets.size() - 1] = 1;
    assertThat(LatencyBuckets.percentile(counts, 0.5)).isEqualTo(120_000);
  }
}
