package io.kiln.k8s.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kiln.k8s.desired.DesiredObject;
import io.kiln.k8s.desired.DesiredObjects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** What one pass of the reconciler applies, and in which order. */
class ReconcilerTest {
  private final DesiredObjects desired = mock(DesiredObjects.class);
  private final List<String> applied = new ArrayList<>();
  private final Applier applier = new Applier(null, null) {
    @Override
    public void apply(HasMetadata object) {
      applied.add(object.getMetadata().getName());
    }
  };
  private final Reconciler reconciler = new Reconciler(desired, applier, mock(OrphanSweeper.class),
      Clock.systemUTC(), o -> { }, UnaryOperator.identity());

  private static DesiredObject wish(HasMetadata object) {
    return new DesiredObject("key/" + object.getMetadata().getName(), "owner", object, true, 1);
  }

  @Test
  void aResyncOfManyObjectsNeverHoldsBackANewWish() {
    List<DesiredObject> resync = IntStream.range(0, 100).mapToObj(i -> wish(new ConfigMapBuilder().withNewMetadata()
        .withName("old-" + i).withNamespace("n").endMetadata().build())).toList();
    when(desired.pending(anyInt(), any())).thenReturn(List.of(wish(new PodBuilder().withNewMetadata().withName("new-pod")
        .withNamespace("n").endMetadata().build())));
    when(desired.resyncDue(anyInt(), any())).thenReturn(resync);
    when(desired.applied(any())).thenReturn(true);

    boolean settled = reconciler.reconcilePending();

    assertThat(applied).first().isEqualTo("new-pod");
    assertThat(applied).hasSize(11);
    assertThat(settled).as("more of the resync is left for the next pass").isFalse();
    Mockito.verify(desired).pending(anyInt(), any());
  }
}
