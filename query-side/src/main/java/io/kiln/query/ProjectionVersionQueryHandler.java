package io.kiln.query;

import static io.kiln.query.jooq.Tables.PROJECTION_VERSION;

import io.kiln.domain.readmodel.ProjectionVersionQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
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
    return dsl.select(PROJECTION_VERSION.VERSION).from(PROJECTION_VERSION)
        .where(PROJECTION_VERSION.READ_MODEL.eq(query.readModel()))
        .and(PROJECTION_VERSION.AGGREGATE_ID.eq(query.aggregateId()))
        .fetchOptional(PROJECTION_VERSION.VERSION)
        .orElse(-1L);
  }
}
