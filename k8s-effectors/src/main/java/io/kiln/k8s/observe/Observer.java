package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Reports on the objects of one type for one kind of workload (its {@code kiln.io/workload} label). */
public interface Observer<T extends HasMetadata> {
  Class<T> type();

  String workload();

  void changed(T object);

  void deleted(T object);
}
