package io.kiln.projectors;

import io.kiln.domain.readmodel.ProjectionVersionQuery;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells waiting subscribers that a read model now holds an aggregate at some version. Axon sends the update after the
 * projector's transaction commits, so a subscriber that reads next sees the row.
 */
@Component
public class VersionUpdates {
  private final QueryUpdateEmitter emitter;

  VersionUpdates(QueryUpdateEmitter emitter) {
    this.emitter = emitter;
  }

  public void applied(String readModel, String aggregateId, long version) {
    emitter.emit(ProjectionVersionQuery.class,
        q -> q.readModel().equals(readModel) && q.aggregateId().equals(aggregateId), version);
  }
}
