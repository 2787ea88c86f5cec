package io.kiln.web.api.deployment;

import io.kiln.domain.workload.EnvironmentRules;
import io.kiln.k8s.secrets.SecretStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Secret values leave the request here: they go to the secret store, and only their references go on to the
 * command. If the command is refused, the values it would have used are forgotten.
 */
@Component
class DeploymentSecrets {
  private final SecretStore store;
  private final Scheduler workers;

  DeploymentSecrets(SecretStore store, Scheduler cqrsWorkers) {
    this.store = store;
    this.workers = cqrsWorkers;
  }

  /** Checks and keeps the values for {@code deploymentId}; answers their references by name. */
  Mono<Map<String, String>> keep(String deploymentId, Map<String, String> secrets) {
    if (secrets == null || secrets.isEmpty()) {
      return Mono.just(Map.of());
    }
    EnvironmentRules.check("secrets", secrets);
    return Mono.fromCallable(() -> {
      Map<String, String> references = new LinkedHashMap<>();
      secrets.forEach((name, value) -> references.put(name, store.put(deploymentId, value)));
      return references;
    }).subscribeOn(workers);
  }

  Mono<Void> forget(String deploymentId) {
    return Mono.fromRunnable(() -> store.discard(deploymentId)).subscribeOn(workers).then();
  }
}
