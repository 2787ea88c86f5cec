package io.kiln.query.integration;

import static io.kiln.query.jooq.Tables.INTEGRATION;
import static io.kiln.query.jooq.Tables.INTEGRATION_SCOPE;

import io.kiln.domain.integration.FindIntegrationQuery;
import io.kiln.domain.integration.IntegrationPage;
import io.kiln.domain.integration.IntegrationView;
import io.kiln.domain.integration.ListIntegrationsQuery;
import io.kiln.query.PageTokens;
import io.kiln.query.jooq.tables.records.IntegrationRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Registered integrations with their scopes, by name. */
@Component
class IntegrationQueryHandler {
  static final String PROJECT = "project";
  static final String EVENT_TYPE = "event_type";
  static final String COMMAND_TYPE = "command_type";
  private final DSLContext dsl;

  IntegrationQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  Optional<IntegrationView> handle(FindIntegrationQuery query) {
    return dsl.selectFrom(INTEGRATION).where(INTEGRATION.NAME.eq(query.name())).fetchOptional()
        .map(r -> views(List.of(r)).get(0));
  }

  @QueryHandler
  IntegrationPage handle(ListIntegrationsQuery query) {
    List<String> after = PageTokens.decode(query.pageToken());
    var rows = dsl.selectFrom(INTEGRATION)
        .where(after == null ? DSL.trueCondition() : INTEGRATION.NAME.gt(after.get(1)))
        .orderBy(INTEGRATION.NAME).limit(query.pageSize() + 1).fetch();
    List<IntegrationView> items = views(rows.stream().limit(query.pageSize()).toList());
    String next = rows.size() > query.pageSize()
        ? PageTokens.encode("integration", items.get(items.size() - 1).name()) : null;
    return new IntegrationPage(items, next);
  }

  private List<IntegrationView> views(List<IntegrationRecord> rows) {
    Map<UUID, Map<String, List<String>>> scopes = dsl.selectFrom(INTEGRATION_SCOPE)
        .where(INTEGRATION_SCOPE.INTEGRATION_ID.in(rows.stream().map(IntegrationRecord::getIntegrationId).toList()))
        .orderBy(INTEGRATION_SCOPE.VALUE)
        .fetch().stream()
        .collect(Collectors.groupingBy(s -> s.getIntegrationId(), Collectors.groupingBy(s -> s.getKind(),
            Collectors.mapping(s -> s.getValue(), Collectors.toList()))));
    return rows.stream().map(r -> {
      Map<String, List<String>> scope = scopes.getOrDefault(r.getIntegrationId(), Map.of());
      return new IntegrationView(r.getIntegrationId().toString(), r.getName(), scope.getOrDefault(PROJECT, List.of()),
          scope.getOrDefault(EVENT_TYPE, List.of()), scope.getOrDefault(COMMAND_TYPE, List.of()), r.getRevoked(),
          r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(), r.getVersion());
    }).toList();
  }
}
