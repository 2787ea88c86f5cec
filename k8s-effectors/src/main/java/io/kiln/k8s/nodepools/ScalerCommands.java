package io.kiln.k8s.nodepools;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import io.kiln.domain.nodepool.ScaleNodePoolCommand;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/** Records each decision on its pool before the cluster is touched, as {@code system:node-pool-scaler}. */
class ScalerCommands {
  static final Actor SCALER = Actor.system("node-pool-scaler");
  private final CommandGateway commands;

  ScalerCommands(CommandGateway commands) {
    this.commands = commands;
  }

  void decide(Pool pool, Decision decision) {
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, SCALER.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(SCALER.role()))
        .and(MetadataKeys.CORRELATION_ID, "scaler-" + UUID.randomUUID());
    commands.sendAndWait(new ScaleNodePoolCommand(pool.name(), decision.from(), decision.to(), decision.reason(),
        decision.node()), metaData);
  }
}
