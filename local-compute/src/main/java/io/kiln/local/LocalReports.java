package io.kiln.local;

import io.kiln.domain.Actor;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.WireNames;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the local processes did as report commands, as {@code system:local-compute}. Reports are idempotent:
 * the supervisor sends the current state of every live workload again when it starts.
 */
public class LocalReports {
  public static final Actor ACTOR = Actor.system("local-compute");
  private static final Logger log = LoggerFactory.getLogger(LocalReports.class);
  private final CommandGateway commands;

  public LocalReports(CommandGateway commands) {
    this.commands = commands;
  }

  public void send(Object report) {
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, ACTOR.id())
        .and(MetadataKeys.ACTOR_ROLE, WireNames.of(ACTOR.role()))
        .and(MetadataKeys.CORRELATION_ID, "local-" + UUID.randomUUID());
    commands.send(report, metaData).whenComplete((result, failure) -> {
      if (failure != null) {
        log.debug("Report {} was not taken: {}", report, failure.getMessage());
      }
    });
  }
}
