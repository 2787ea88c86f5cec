package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.k8s.objects.Labels;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the observer of an object by its workload label. */
public class Observers {
  private final Map<String, PodObserver> pods;

  public Observers(List<PodObserver> pods) {
    this.pods = pods.stream().collect(Collectors.toMap(PodObserver::workload, Function.identity()));
  }

  public Optional<PodObserver> of(Pod pod) {
    return Optional.ofNullable(pod.getMetadata().getLabels()).map(l -> pods.get(l.get(Labels.WORKLOAD)));
  }

  /** An object the reconciler deleted, or found already gone: its observer hears of it as of a deletion. */
  public void gone(HasMetadata object) {
    if (object instanceof Pod pod) {
      of(pod).ifPresent(observer -> observer.deleted(pod));
    }
  }
}
