package io.kiln.command.integration;

import static io.kiln.command.Permissions.requireAdmin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.KilnException;
import io.kiln.domain.events.Scope;
import io.kiln.domain.integration.IntegrationNames;
import io.kiln.domain.integration.IntegrationRegisteredEvent;
import io.kiln.domain.integration.IntegrationRevokedEvent;
import io.kiln.domain.integration.IntegrationScopeChangedEvent;
import io.kiln.domain.integration.RegisterIntegrationCommand;
import io.kiln.domain.integration.RevokeIntegrationCommand;
import io.kiln.infra.events.MessageTypes;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A system that reads Kiln's event stream or sends it commands over gRPC, known by the common name of its client
 * certificate. Administrators register it with its scope, change the scope, and revoke it.
 */
@Aggregate
public class Integration {
  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final int MAX_ENTRIES = 100;
  @AggregateIdentifier
  private String integrationId;
  private boolean revoked;
  private IntegrationScopeChangedEvent scope;

  protected Integration() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(RegisterIntegrationCommand command, Actor actor, MessageTypes types) {
    requireAdmin(actor, "register integrations");
    String name = IntegrationNames.check(command.name());
    if (!IntegrationNames.idOf(name).equals(command.integrationId())) {
      throw KilnException.invalid("name", "does not match the integration id");
    }
    var wanted = new IntegrationScopeChangedEvent(command.integrationId(),
        Scope.parse("projectIds", command.projectIds(), MAX_ENTRIES, id -> UUID_TEXT.matcher(id).matches(), false)
            .names(),
        Scope.parse("eventTypes", command.eventTypes(), MAX_ENTRIES, types::isEventType, false).names(),
        Scope.parse("commandTypes", command.commandTypes(), MAX_ENTRIES, t -> types.command(t).isPresent(), true)
            .names());
    if (integrationId == null || revoked) {
      apply(new IntegrationRegisteredEvent(command.integrationId(), name, wanted.projectIds(), wanted.eventTypes(),
          wanted.commandTypes()));
    } else if (!wanted.equals(scope)) {
      apply(wanted);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RevokeIntegrationCommand command, Actor actor) {
    requireAdmin(actor, "revoke integrations");
    if (!revoked) {
      apply(new IntegrationRevokedEvent(integrationId));
    }
    return getVersion();
  }

  @EventSourcingHandler
  void on(IntegrationRegisteredEvent event) {
    integrationId = event.integrationId();
    revoked = false;
    scope = new IntegrationScopeChangedEvent(event.integrationId(), event.projectIds(), event.eventTypes(),
        event.commandTypes());
  }

  @EventSourcingHandler
  void on(IntegrationScopeChangedEvent event) {
    scope = event;
  }

  @EventSourcingHandler
  void on(IntegrationRevokedEvent event) {
    revoked = true;
  }
}
