package io.kiln.command.user;

import static io.kiln.command.Permissions.requireAdmin;
import static io.kiln.command.Permissions.requireWriter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.ResetUserQuotaCommand;
import io.kiln.domain.quota.SetUserQuotaCommand;
import io.kiln.domain.quota.UserQuotaResetEvent;
import io.kiln.domain.quota.UserQuotaSetEvent;
import io.kiln.domain.user.ApiKeyIssuedEvent;
import io.kiln.domain.user.ApiKeyRevokedEvent;
import io.kiln.domain.user.CreatePasswordLinkCommand;
import io.kiln.domain.user.CreateUserCommand;
import io.kiln.domain.user.IssueApiKeyCommand;
import io.kiln.domain.user.KeyShape;
import io.kiln.domain.user.PasswordLinkCreatedEvent;
import io.kiln.domain.user.PasswordSetEvent;
import io.kiln.domain.user.RevokeApiKeyCommand;
import io.kiln.domain.user.SetPasswordCommand;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserRules;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who uses Kiln, the API keys they hold, and their own quota if they have one. */
@Aggregate
public class User {
  @AggregateIdentifier
  private String userId;
  private final Map<String, ApiKey> keys = new HashMap<>();
  private QuotaLimits quota;

  protected User() {}

  @CommandHandler
  public User(CreateUserCommand command, Actor actor, UserDirectory directory) {
    requireAdmin(actor, "create users");
    UserRules.checkUsername(command.username());
    UserRules.checkEmail(command.email());
    if (command.role() == null) {
      throw KilnException.invalid("role", "is required");
    }
    if (directory.usernameTaken(command.username())) {
      throw new KilnException(ErrorCode.USERNAME_TAKEN, "Username " + command.username() + " is already in use");
    }
    apply(new UserCreatedEvent(command.userId().value(), command.username(), command.email(), command.role()));
  }

  @CommandHandler
  public long handle(IssueApiKeyCommand command, Actor actor) {
    requireSelfOrAdmin(actor, "issue API keys");
    KeyShape.check(command.keyId(), command.keyHash(), command.keyPrefix(), command.name());
    if (command.expiresAt() != null && !command.expiresAt().isAfter(GenericEventMessage.clock.instant())) {
      throw KilnException.invalid("expiresAt", "must be in the future");
    }
    ApiKey existing = keys.get(command.keyId());
    if (existing != null) {
      if (!existing.hash().equals(command.keyHash())) {
        throw new KilnException(ErrorCode.API_KEY_ID_IN_USE, "Another key has id " + command.keyId());
      }
      if (existing.revoked()) {
        throw new KilnException(ErrorCode.API_KEY_REVOKED, "API key " + command.keyId() + " was revoked");
      }
      return getVersion();
    }
    apply(new ApiKeyIssuedEvent(userId, command.keyId(), command.name(), command.keyHash(), command.keyPrefix(),
        command.expiresAt()));
    return getVersion();
  }

  @CommandHandler
  public long handle(RevokeApiKeyCommand command, Actor actor) {
    requireSelfOrAdmin(actor, "revoke API keys");
    ApiKey key = keys.get(command.keyId());
    if (key == null) {
      throw new KilnException(ErrorCode.API_KEY_NOT_FOUND, "No API key " + command.keyId() + " for this user");
    }
    if (!key.revoked()) {
      apply(new ApiKeyRevokedEvent(userId, command.keyId()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(SetUserQuotaCommand command, Actor actor) {
    requireAdmin(actor, "set quotas");
    QuotaLimits.check(command.cpuMillis(), command.memoryMiB(), command.gpus());
    QuotaLimits limits = new QuotaLimits(command.cpuMillis(), command.memoryMiB(), command.gpus());
    if (!limits.equals(quota)) {
      apply(new UserQuotaSetEvent(userId, command.cpuMillis(), command.memoryMiB(), command.gpus()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ResetUserQuotaCommand command, Actor actor) {
    requireAdmin(actor, "set quotas");
    if (quota != null) {
      apply(new UserQuotaResetEvent(userId));
    }
    return getVersion();
  }

  /** The hash goes to the password vault in this command's transaction; the event only says that it was set. */
  @CommandHandler
  public long handle(SetPasswordCommand command, Actor actor, PasswordVault vault) {
    if (command.passwordHash() == null || command.passwordHash().isBlank()) {
      throw KilnException.invalid("password", "is required");
    }
    Instant now = GenericEventMessage.clock.instant();
    boolean viaLink = command.linkTokenHash() != null;
    if (viaLink) {
      if (!vault.consumeLink(command.linkTokenHash(), userId, now)) {
        throw KilnException.forbidden("This password link is unknown, already used or expired");
      }
    } else {
      requireSelfOrAdmin(actor, "set passwords");
    }
    vault.store(userId, command.passwordHash(), now);
    apply(new PasswordSetEvent(userId, viaLink));
    return getVersion();
  }

  @CommandHandler
  public long handle(CreatePasswordLinkCommand command, Actor actor, PasswordVault vault) {
    requireAdmin(actor, "create password links");
    if (command.tokenHash() == null || command.linkId() == null) {
      throw KilnException.invalid("token", "is required");
    }
    if (command.expiresAt() == null || !command.expiresAt().isAfter(GenericEventMessage.clock.instant())) {
      throw KilnException.invalid("expiresAt", "must be in the future");
    }
    vault.createLink(command.linkId(), userId, command.tokenHash(), command.expiresAt());
    apply(new PasswordLinkCreatedEvent(userId, command.linkId(), command.expiresAt()));
    return getVersion();
  }

  private void requireSelfOrAdmin(Actor actor, String what) {
    requireWriter(actor);
    if (!actor.is(userId)) {
      requireAdmin(actor, what + " for other users");
    }
  }

  @EventSourcingHandler
  void on(UserCreatedEvent event) {
    userId = event.userId();
  }

  @EventSourcingHandler
  void on(ApiKeyIssuedEvent event) {
    keys.put(event.keyId(), new ApiKey(event.keyHash(), false));
  }

  @EventSourcingHandler
  void on(UserQuotaSetEvent event) {
    quota = new QuotaLimits(event.cpuMillis(), event.memoryMiB(), event.gpus());
  }

  @EventSourcingHandler
  void on(UserQuotaResetEvent event) {
    quota = null;
  }

  @EventSourcingHandler
  void on(ApiKeyRevokedEvent event) {
    keys.computeIfPresent(event.keyId(), (id, key) -> key.revoke());
  }
}
