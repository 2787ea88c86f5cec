package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.Pod;

/** Reports on the pods of one kind of workload. */
public interface PodObserver {
  /** The {@code kiln.io/workload} label value of the pods it observes. */
  String workload();

  void changed(Pod pod);

  void deleted(Pod pod);
}
