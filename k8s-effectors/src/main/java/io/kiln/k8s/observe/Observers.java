package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kiln.k8s.objects.Labels;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the observer of an object by its type and workload label. */
public class Observers {
  private final List<Observer<?>> all;

  public Observers(List<Observer<?>> all) {
    this.all = List.copyOf(all);
  }

  public Set<Class<? extends HasMetadata>> types() {
    return all.stream().map(Observer::type).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  public <T extends HasMetadata> Optional<Observer<T>> of(T object) {
    var labels = object.getMetadata().getLabels();
    if (labels == null) {
      return Optional.empty();
    }
    return all.stream().filter(o -> o.type().isInstance(object) && o.workload().equals(labels.get(Labels.WORKLOAD)))
        .map(o -> (Observer<T>) o).findFirst();
  }

  /** An object the reconciler deleted, or found already gone: its observer hears of it as of a deletion. */
  public void gone(HasMetadata object) {
    of(object).ifPresent(observer -> observer.deleted(object));
  }
}
