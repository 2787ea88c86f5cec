package io.kiln.web.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.domain.serving.ServingRoute;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanarySplitTest {
  private final CanarySplit split = new CanarySplit();

  private long canaryCalls(ServingRoute route, int calls) {
    return IntStream.range(0, calls).filter(i -> split.pick(route) == 2).count();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 25, 33, 50, 90, 99})
  void everyHundredConsecutiveCallsGiveTheCanaryExactlyItsPercent(int percent) {
    ServingRoute route = new ServingRoute("m", "d", 1, 2, percent);
    canaryCalls(route, 37);
    assertThat(canaryCalls(route, 100)).isEqualTo(percent);
    assertThat(canaryCalls(route, 100)).isEqualTo(percent);
  }

  @Test
  void withoutACanaryEveryCallGoesToThePrimary() {
    assertThat(canaryCalls(new ServingRoute("m", "d", 1, null, 0), 50)).isZero();
    assertThat(canaryCalls(new ServingRoute("m", "d", 1, 2, 0), 50)).isZero();
    assertThat(canaryCalls(new ServingRoute("m", "d", 1, 2, 100), 50)).isEqualTo(50);
  }

  @Test
  void aNewSplitStartsAfresh() {
    canaryCalls(new ServingRoute("m", "d", 1, 2, 10), 3);
    assertThat(canaryCalls(new ServingRoute("m", "d", 1, 2, 20), 5)).isEqualTo(1);
  }
}
