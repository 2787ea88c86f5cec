package io.kiln.command.webhook;

import static io.kiln.command.Permissions.requireAdmin;
import static io.kiln.command.Permissions.requireWriter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.events.Scope;
import io.kiln.domain.webhook.DeleteWebhookCommand;
import io.kiln.domain.webhook.RedeliverWebhookDeliveryCommand;
import io.kiln.domain.webhook.RegisterWebhookCommand;
import io.kiln.domain.webhook.RotateWebhookSecretCommand;
import io.kiln.domain.webhook.WebhookDeletedEvent;
import io.kiln.domain.webhook.WebhookRedeliveryRequestedEvent;
import io.kiln.domain.webhook.WebhookRegisteredEvent;
import io.kiln.domain.webhook.WebhookSecretRotatedEvent;
import io.kiln.domain.webhook.WebhookSecrets;
import io.kiln.domain.webhook.WebhookUrlPolicy;
import io.kiln.domain.webhook.WebhookUrls;
import io.kiln.infra.events.MessageTypes;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A webhook subscription: where Kiln POSTs which events. Administrators subscribe to any projects (or all); a
 * project's owner and admins to their projects. Whoever may manage all of its projects may delete it, rotate its
 * secret and redeliver what it parked.
 */
@Aggregate
public class Webhook {
  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final int MAX_ENTRIES = 100;
  @AggregateIdentifier
  private String webhookId;
  private Scope projects;
  private boolean deleted;

  protected Webhook() {}

  @CommandHandler
  public Webhook(RegisterWebhookCommand command, Actor actor, ProjectAccess access, WebhookSecretStore secrets,
                 WebhookUrlPolicy policy, MessageTypes types) {
    requireWriter(actor);
    WebhookUrls.check(command.url(), policy);
    Scope events = Scope.parse("eventTypes", command.eventTypes(), MAX_ENTRIES, types::isEventType, false);
    Scope filter = Scope.parse("projectIds", command.projectIds(), MAX_ENTRIES, id -> UUID_TEXT.matcher(id).matches(),
        false);
    requireManager(actor, filter, access);
    for (String projectId : filter.all() ? List.<String>of() : filter.names()) {
      if (!access.of(projectId, actor).visible()) {
        throw new KilnException(ErrorCode.PROJECT_NOT_FOUND, "No project " + projectId);
      }
    }
    WebhookSecrets.check(command.secret());
    secrets.store(command.webhookId().value(), command.secret());
    apply(new WebhookRegisteredEvent(command.webhookId().value(), command.url(), events.names(), filter.names(),
        WebhookSecrets.fingerprint(command.secret())));
  }

  @CommandHandler
  public long handle(DeleteWebhookCommand command, Actor actor, ProjectAccess access) {
    requireManager(actor, projects, access);
    if (!deleted) {
      apply(new WebhookDeletedEvent(webhookId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RotateWebhookSecretCommand command, Actor actor, ProjectAccess access,
                     WebhookSecretStore secrets) {
    requireLive(actor, access);
    WebhookSecrets.check(command.secret());
    secrets.store(webhookId, command.secret());
    apply(new WebhookSecretRotatedEvent(webhookId, WebhookSecrets.fingerprint(command.secret())));
    return getVersion();
  }

  @CommandHandler
  public long handle(RedeliverWebhookDeliveryCommand command, Actor actor, ProjectAccess access) {
    requireLive(actor, access);
    try {
      UUID.fromString(command.deliveryId());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND, "Webhook delivery not found");
    }
    apply(new WebhookRedeliveryRequestedEvent(webhookId, command.deliveryId()));
    return getVersion();
  }

  private void requireLive(Actor actor, ProjectAccess access) {
    requireManager(actor, projects, access);
    if (deleted) {
      throw new KilnException(ErrorCode.WEBHOOK_DELETED, "Webhook " + webhookId + " is deleted");
    }
  }

  private static void requireManager(Actor actor, Scope filter, ProjectAccess access) {
    requireWriter(actor);
    if (actor.isAdmin()) {
      return;
    }
    if (filter.all()) {
      requireAdmin(actor, "subscribe to every project");
    }
    for (String projectId : filter.names()) {
      var standing = access.of(projectId, actor);
      if (!standing.visible() || standing.role() == null || !standing.role().mayAdminister()) {
        throw KilnException.forbidden("Only administrators of project " + projectId + " manage its webhooks");
      }
    }
  }

  @EventSourcingHandler
  void on(WebhookRegisteredEvent event) {
    webhookId = event.webhookId();
    projects = new Scope(event.projectIds());
  }

  @EventSourcingHandler
  void on(WebhookDeletedEvent event) {
    deleted = true;
  }
}
