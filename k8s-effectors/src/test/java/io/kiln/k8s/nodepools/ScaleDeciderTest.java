package io.kiln.k8s.nodepools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleDeciderTest {
  private static final Pool POOL = new Pool("cpu", "cpu-md", "capi", 1, 4, "cpu", null);
  private static final long GIB = 1024L * 1024 * 1024;
  private static final PoolNode NODE = new PoolNode("n1", 2000, 4 * GIB, true);

  private static List<PendingPod> pods(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> new PendingPod("ns", "p" + i, null, 1500, 2 * GIB)).toList();
  }

  @Test
  void pendingPodsAddTheNodesTheyFill() {
    assertThat(ScaleDecider.decide(POOL, 1, List.of(NODE), pods(2), Optional.empty()))
        .hasValueSatisfying(d -> assertThat(d.to()).isEqualTo(3));
  }

  @Test
  void nodesOnTheirWayCountAndTheMaximumCaps() {
    assertThat(ScaleDecider.decide(POOL, 3, List.of(NODE), pods(2), Optional.empty())).isEmpty();
    assertThat(ScaleDecider.decide(POOL, 3, List.of(NODE), pods(5), Optional.empty()))
        .hasValueSatisfying(d -> {
          assertThat(d.to()).isEqualTo(4);
          assertThat(d.reason()).contains("capped at the maximum of 4");
        });
  }

  @Test
  void withoutNodesToMeasureEachPodNeedsANode() {
    assertThat(ScaleDecider.nodesFor(pods(3), List.of())).isEqualTo(3);
  }

  @Test
  void boundsComeFirst() {
    assertThat(ScaleDecider.decide(POOL, 0, List.of(), List.of(), Optional.empty()))
        .hasValueSatisfying(d -> assertThat(d.to()).isEqualTo(1));
    assertThat(ScaleDecider.decide(POOL, 6, List.of(), List.of(), Optional.of("n1")))
        .hasValueSatisfying(d -> assertThat(d.to()).isEqualTo(4));
  }

  @Test
  void anIdleNodeIsRemovedButNeverBelowTheMinimumNorWhilePodsWait() {
    assertThat(ScaleDecider.decide(POOL, 2, List.of(NODE), List.of(), Optional.of("n2")))
        .hasValueSatisfying(d -> assertThat(d.node()).isEqualTo("n2"));
    assertThat(ScaleDecider.decide(POOL, 1, List.of(NODE), List.of(), Optional.of("n2"))).isEmpty();
    assertThat(ScaleDecider.decide(POOL, 4, List.of(NODE), pods(1), Optional.of("n2"))).isEmpty();
  }
}
