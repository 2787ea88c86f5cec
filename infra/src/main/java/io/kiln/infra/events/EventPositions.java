package io.kiln.infra.events;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The position (global index) of a stored event. A handler's tracking token is not it: when an event fills a gap
 * that later events left, the token already stands at the highest position seen.
 */
public class EventPositions {
  private final JdbcTemplate jdbc;

  public EventPositions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long of(EventMessage<?> event) {
    List<Long> found = jdbc.queryForList("select globalindex from eventstore.domainevententry where eventidentifier = ?",
        Long.class, event.getIdentifier());
    if (found.isEmpty()) {
      throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the event store");
    }
    return found.get(0);
  }
}
