package io.kiln.k8s.observe;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the cluster observed as report commands, as the system actor {@code system:k8s-effector}. Reports are
 * idempotent, so the informers send the current state again after every restart and resync; one that fails is sent
 * again at the next resync.
 */
@Component
public class Reports {
  private static final Logger log = LoggerFactory.getLogger(Reports.class);
  private static final Actor EFFECTOR = Actor.system("k8s-effector");
  private final CommandGateway commands;

  Reports(CommandGateway commands) {
    this.commands = commands;
  }

  public void send(Object report) {
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, EFFECTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(EFFECTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "k8s-" + UUID.randomUUID());
    commands.send(report, metaData).whenComplete((result, failure) -> {
      if (failure != null) {
        log.debug("Report {} was not taken: {}", report, failure.getMessage());
      }
    });
  }
}
