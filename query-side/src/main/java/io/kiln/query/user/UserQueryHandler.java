package io.kiln.query.user;

import static io.kiln.query.jooq.Tables.API_KEY;
import static io.kiln.query.jooq.Tables.APP_USER;

import io.kiln.domain.WireNames;
import io.kiln.domain.user.ApiKeyList;
import io.kiln.domain.user.ApiKeyView;
import io.kiln.domain.user.AuthenticateApiKeyQuery;
import io.kiln.domain.user.FindUserQuery;
import io.kiln.domain.user.ListApiKeysQuery;
import io.kiln.domain.user.ListUsersQuery;
import io.kiln.domain.user.Principal;
import io.kiln.domain.user.UserPage;
import io.kiln.domain.user.UserRole;
import io.kiln.domain.user.UserRules;
import io.kiln.domain.user.UserView;
import io.kiln.query.PageTokens;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Users, their API keys, and who holds a presented key. */
@Component
class UserQueryHandler {
  private final DSLContext dsl;

  UserQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  Optional<UserView> handle(FindUserQuery query) {
    return Uuids.parse(query.userId())
        .flatMap(id -> dsl.selectFrom(APP_USER).where(APP_USER.USER_ID.eq(id)).fetchOptional())
        .map(UserQueryHandler::view);
  }

  @QueryHandler
  UserPage handle(ListUsersQuery query) {
    Condition where = DSL.trueCondition();
    if (query.search() != null) {
      where = where.and(APP_USER.USERNAME_KEY.like(PageTokens.containsPattern(UserRules.usernameKey(query.search())),
          '\\'));
    }
    List<String> after = PageTokens.decode(query.pageToken());
    if (after != null) {
      UUID lastId = Uuids.parse(after.get(1)).orElseThrow(PageTokens::invalid);
      where = where.and(DSL.row(APP_USER.USERNAME_KEY, APP_USER.USER_ID).gt(after.get(0), lastId));
    }
    var rows = dsl.selectFrom(APP_USER).where(where)
        .orderBy(APP_USER.USERNAME_KEY, APP_USER.USER_ID)
        .limit(query.pageSize() + 1)
        .fetch();
    List<UserView> items = rows.stream().limit(query.pageSize()).map(UserQueryHandler::view).toList();
    String next = null;
    if (rows.size() > query.pageSize()) {
      var last = rows.get(query.pageSize() - 1);
      next = PageTokens.encode(last.getUsernameKey(), last.getUserId().toString());
    }
    return new UserPage(items, next);
  }

  @QueryHandler
  ApiKeyList handle(ListApiKeysQuery query) {
    return new ApiKeyList(Uuids.parse(query.userId())
        .map(id -> dsl.selectFrom(API_KEY).where(API_KEY.USER_ID.eq(id))
            .orderBy(API_KEY.CREATED_AT, API_KEY.KEY_ID)
            .fetch(r -> new ApiKeyView(r.getKeyId().toString(), r.getUserId().toString(), r.getName(),
                r.getKeyPrefix(), r.getCreatedAt().toInstant(), instant(r.getExpiresAt()),
                instant(r.getRevokedAt()))))
        .orElse(List.of()));
  }

  @QueryHandler
  Optional<Principal> handle(AuthenticateApiKeyQuery query) {
    OffsetDateTime now = GenericEventMessage.clock.instant().atOffset(ZoneOffset.UTC);
    return dsl.select(APP_USER.USER_ID, APP_USER.USERNAME, APP_USER.ROLE, API_KEY.KEY_ID)
        .from(API_KEY)
        .join(APP_USER).on(APP_USER.USER_ID.eq(API_KEY.USER_ID))
        .where(API_KEY.KEY_HASH.eq(query.keyHash()))
        .and(API_KEY.REVOKED_AT.isNull())
        .and(API_KEY.EXPIRES_AT.isNull().or(API_KEY.EXPIRES_AT.gt(now)))
        .fetchOptional()
        .map(r -> new Principal(r.get(APP_USER.USER_ID).toString(), r.get(APP_USER.USERNAME),
            role(r.get(APP_USER.ROLE)), r.get(API_KEY.KEY_ID).toString()));
  }

  private static UserView view(Record r) {
    return new UserView(r.get(APP_USER.USER_ID).toString(), r.get(APP_USER.USERNAME), r.get(APP_USER.EMAIL),
        role(r.get(APP_USER.ROLE)), r.get(APP_USER.CREATED_AT).toInstant(), r.get(APP_USER.VERSION));
  }

  private static UserRole role(String wire) {
    return WireNames.parse(UserRole.class, wire).orElseThrow();
  }

  private static java.time.Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
