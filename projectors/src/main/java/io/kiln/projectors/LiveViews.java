package io.kiln.projectors;

import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Publishes a changed view to the subscription queries that show it (live collections); Axon delivers it after the
 * projector's transaction commits.
 */
@Component
public class LiveViews {
  private final QueryUpdateEmitter emitter;

  LiveViews(QueryUpdateEmitter emitter) {
    this.emitter = emitter;
  }

  public <Q> void publish(Class<Q> query, Predicate<? super Q> shows, Object view) {
    emitter.emit(query, shows, view);
  }
}
