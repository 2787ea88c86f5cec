package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.PROJECTION_VERSION;

import io.kiln.domain.readmodel.ProjectionVersionQuery;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Records that a read model now holds an aggregate at some version, in the projector's transaction, and tells waiting
 * subscribers. Axon sends the update after that transaction commits, so a subscriber that reads next sees the rows.
 */
@Component
public class VersionUpdates {
  private final DSLContext dsl;
  private final QueryUpdateEmitter emitter;

  VersionUpdates(DSLContext dsl, QueryUpdateEmitter emitter) {
    this.dsl = dsl;
    this.emitter = emitter;
  }

  public void applied(String readModel, String aggregateId, long version) {
    dsl.insertInto(PROJECTION_VERSION)
        .set(PROJECTION_VERSION.READ_MODEL, readModel)
        .set(PROJECTION_VERSION.AGGREGATE_ID, aggregateId)
        .set(PROJECTION_VERSION.VERSION, version)
        .onConflict(PROJECTION_VERSION.READ_MODEL, PROJECTION_VERSION.AGGREGATE_ID)
        .doUpdate().set(PROJECTION_VERSION.VERSION, DSL.greatest(PROJECTION_VERSION.VERSION, DSL.val(version)))
        .execute();
    emitter.emit(ProjectionVersionQuery.class,
        q -> q.readModel().equals(readModel) && q.aggregateId().equals(aggregateId), version);
  }

  /** Forgets what a read model held, when it is rebuilt from the first event. */
  public void reset(String readModel) {
    dsl.deleteFrom(PROJECTION_VERSION).where(PROJECTION_VERSION.READ_MODEL.eq(readModel)).execute();
  }
}
