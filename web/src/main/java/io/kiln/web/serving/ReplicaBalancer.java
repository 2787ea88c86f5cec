package io.kiln.web.serving;

import io.kiln.infra.workload.ModelReplicas;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Round-robin over the ready replicas of a deployment's version, as every compute engine present reports them
 * (none, the local engine, Kubernetes).
 */
@Component
class ReplicaBalancer {
  private final ObjectProvider<ModelReplicas> engines;
  private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

  ReplicaBalancer(ObjectProvider<ModelReplicas> engines) {
    this.engines = engines;
  }

  Optional<URI> next(String deploymentId, int modelVersion) {
    List<URI> ready = engines.orderedStream().flatMap(engine -> engine.ready(deploymentId, modelVersion).stream())
        .distinct().toList();
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    int turn = turns.computeIfAbsent(deploymentId + "/" + modelVersion, key -> new AtomicInteger())
        .getAndIncrement();
    return Optional.of(ready.get(Math.floorMod(turn, ready.size())));
  }
}
