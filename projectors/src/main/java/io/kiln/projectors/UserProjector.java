package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.API_KEY;
import static io.kiln.query.jooq.Tables.APP_USER;

import io.kiln.domain.WireNames;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.domain.user.ApiKeyIssuedEvent;
import io.kiln.domain.user.ApiKeyRevokedEvent;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserRules;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.app_user} and {@code readmodel.api_key}; the key's hash is what authentication looks up. */
@Component
@ProcessingGroup(UserProjector.GROUP)
public class UserProjector {
  public static final String GROUP = "users-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  UserProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(UserCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(APP_USER)
        .set(APP_USER.USER_ID, UUID.fromString(e.userId()))
        .set(APP_USER.USERNAME, e.username())
        .set(APP_USER.USERNAME_KEY, UserRules.usernameKey(e.username()))
        .set(APP_USER.EMAIL, e.email())
        .set(APP_USER.ROLE, WireNames.of(e.role()))
        .set(APP_USER.CREATED_AT, time(at))
        .set(APP_USER.VERSION, version)
        .onConflict(APP_USER.USER_ID).doNothing()
        .execute();
    updates.applied(ReadModels.USERS, e.userId(), version);
  }

  @EventHandler
  void on(ApiKeyIssuedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(API_KEY)
        .set(API_KEY.KEY_ID, UUID.fromString(e.keyId()))
        .set(API_KEY.USER_ID, UUID.fromString(e.userId()))
        .set(API_KEY.NAME, e.name())
        .set(API_KEY.KEY_HASH, e.keyHash())
        .set(API_KEY.KEY_PREFIX, e.keyPrefix())
        .set(API_KEY.CREATED_AT, time(at))
        .set(API_KEY.EXPIRES_AT, e.expiresAt() == null ? null : time(e.expiresAt()))
        .onConflict(API_KEY.KEY_ID).doNothing()
        .execute();
    advance(e.userId(), version);
  }

  @EventHandler
  void on(ApiKeyRevokedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.update(API_KEY)
        .set(API_KEY.REVOKED_AT, time(at))
        .where(API_KEY.KEY_ID.eq(UUID.fromString(e.keyId())))
        .and(API_KEY.REVOKED_AT.isNull())
        .execute();
    advance(e.userId(), version);
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.USERS);
    dsl.deleteFrom(API_KEY).execute();
    dsl.deleteFrom(APP_USER).execute();
  }

  private void advance(String userId, long version) {
    dsl.update(APP_USER).set(APP_USER.VERSION, version)
        .where(APP_USER.USER_ID.eq(UUID.fromString(userId)))
        .and(APP_USER.VERSION.lt(version))
        .execute();
    updates.applied(ReadModels.USERS, userId, version);
  }

  private static OffsetDateTime time(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
