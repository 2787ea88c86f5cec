package io.kiln.k8s.observe;

import io.fabric8.kubernetes.api.model.Pod;

/** Reports on the pods of one kind of workload. */
public interface PodObserver extends Observer<Pod> {
  @Override
  default Class<Pod> type() {
    return Pod.class;
  }
}
