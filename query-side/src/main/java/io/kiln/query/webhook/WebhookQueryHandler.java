package io.kiln.query.webhook;

import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;
import static io.kiln.query.jooq.Tables.WEBHOOK;
import static io.kiln.query.jooq.Tables.WEBHOOK_SCOPE;

import io.kiln.domain.Actor;
import io.kiln.domain.WireNames;
import io.kiln.domain.events.Scope;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.webhook.FindWebhookQuery;
import io.kiln.domain.webhook.ListWebhooksQuery;
import io.kiln.domain.webhook.WebhookPage;
import io.kiln.domain.webhook.WebhookView;
import io.kiln.query.PageTokens;
import io.kiln.query.Uuids;
import io.kiln.query.jooq.tables.records.WebhookRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Webhooks as the viewer may see them: all for administrators and auditors, else those of projects they administer. */
@Component
class WebhookQueryHandler {
  static final String PROJECT = "project";
  static final String EVENT_TYPE = "event_type";
  private final DSLContext dsl;

  WebhookQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  Optional<WebhookView> handle(FindWebhookQuery query) {
    return Uuids.parse(query.webhookId())
        .flatMap(id -> dsl.selectFrom(WEBHOOK).where(WEBHOOK.WEBHOOK_ID.eq(id).and(visibleTo(query.viewer())))
            .fetchOptional())
        .map(r -> views(List.of(r)).get(0));
  }

  @QueryHandler
  WebhookPage handle(ListWebhooksQuery query) {
    Condition where = visibleTo(query.viewer());
    List<String> after = PageTokens.decode(query.pageToken());
    if (after != null) {
      UUID lastId = Uuids.parse(after.get(1)).orElseThrow(PageTokens::invalid);
      where = where.and(WEBHOOK.WEBHOOK_ID.gt(lastId));
    }
    var rows = dsl.selectFrom(WEBHOOK).where(where).orderBy(WEBHOOK.WEBHOOK_ID).limit(query.pageSize() + 1).fetch();
    List<WebhookView> items = views(rows.stream().limit(query.pageSize()).toList());
    String next = rows.size() > query.pageSize()
        ? PageTokens.encode("webhook", items.get(items.size() - 1).id()) : null;
    return new WebhookPage(items, next);
  }

  /** Users see a webhook when they administer every project it names (and it does not name all of them). */
  static Condition visibleTo(Actor viewer) {
    if (viewer.seesEverything()) {
      return DSL.trueCondition();
    }
    UUID user = Uuids.parse(viewer.id()).orElse(new UUID(0, 0));
    var scope = WEBHOOK_SCOPE.as("s");
    Condition administered = DSL.exists(DSL.selectOne().from(PROJECT_MEMBER)
        .where(PROJECT_MEMBER.PROJECT_ID.cast(String.class).eq(scope.VALUE))
        .and(PROJECT_MEMBER.USER_ID.eq(user))
        .and(PROJECT_MEMBER.ROLE.in(WireNames.of(ProjectRole.OWNER), WireNames.of(ProjectRole.ADMIN))));
    return DSL.notExists(DSL.selectOne().from(scope)
        .where(scope.WEBHOOK_ID.eq(WEBHOOK.WEBHOOK_ID)).and(scope.KIND.eq(PROJECT)).and(DSL.not(administered)));
  }

  private List<WebhookView> views(List<WebhookRecord> rows) {
    Map<UUID, Map<String, List<String>>> scopes = dsl.selectFrom(WEBHOOK_SCOPE)
        .where(WEBHOOK_SCOPE.WEBHOOK_ID.in(rows.stream().map(WebhookRecord::getWebhookId).toList()))
        .orderBy(WEBHOOK_SCOPE.VALUE)
        .fetch().stream()
        .collect(Collectors.groupingBy(s -> s.getWebhookId(), Collectors.groupingBy(s -> s.getKind(),
            Collectors.mapping(s -> s.getValue(), Collectors.toList()))));
    return rows.stream().map(r -> {
      Map<String, List<String>> scope = scopes.getOrDefault(r.getWebhookId(), Map.of());
      return new WebhookView(r.getWebhookId().toString(), r.getUrl(), scope.getOrDefault(EVENT_TYPE, List.of()),
          new Scope(scope.getOrDefault(PROJECT, List.of())).names(), r.getSecretFingerprint(), r.getCreatedBy(),
          r.getCreatedAt().toInstant(), r.getDeleted(), r.getVersion());
    }).toList();
  }
}
