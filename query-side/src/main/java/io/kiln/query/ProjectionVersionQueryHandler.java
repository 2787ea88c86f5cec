package io.kiln.query;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.INTEGRATION;
import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.WEBHOOK;

import io.kiln.domain.readmodel.ProjectionVersionQuery;
import io.kiln.domain.readmodel.ReadModels;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/** Answers which version of an aggregate a read model has applied. */
@Component
class ProjectionVersionQueryHandler {
  private final DSLContext dsl;

  ProjectionVersionQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  Long handle(ProjectionVersionQuery query) {
    return switch (query.readModel()) {
      case ReadModels.PROJECTS -> version(PROJECT, PROJECT.PROJECT_ID, PROJECT.VERSION, query.aggregateId());
      case ReadModels.USERS -> version(APP_USER, APP_USER.USER_ID, APP_USER.VERSION, query.aggregateId());
      case ReadModels.WEBHOOKS -> version(WEBHOOK, WEBHOOK.WEBHOOK_ID, WEBHOOK.VERSION, query.aggregateId());
      case ReadModels.INTEGRATIONS -> version(INTEGRATION, INTEGRATION.INTEGRATION_ID, INTEGRATION.VERSION,
          query.aggregateId());
      default -> throw new IllegalArgumentException("No read model " + query.readModel());
    };
  }

  private long version(Table<?> table, Field<UUID> id, Field<Long> version, String aggregateId) {
    return Uuids.parse(aggregateId)
        .map(uuid -> dsl.select(version).from(table).where(id.eq(uuid)).fetchOptional(version).orElse(-1L))
        .orElse(-1L);
  }
}
