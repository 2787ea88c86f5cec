package io.kiln.infra.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * How tracking processors read the event stream: the next {@code batchSize} events after the token's index, however
 * many indexes lie between them, and the token's gaps that have been filled since. Axon's own queries read a window of
 * {@code batchSize} indexes and, whenever the window is empty, ask for the next index beyond it (its extended gap
 * check), which costs the event store's producer an extra query after every commit; these find the same events in one.
 */
final class TrackedEventQueries {
  private TrackedEventQueries() {}

  static PreparedStatement next(Connection connection, EventSchema schema, long index, int batchSize)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(next(schema));
    statement.setLong(1, index);
    statement.setInt(2, batchSize);
    return statement;
  }

  static PreparedStatement nextAndGaps(Connection connection, EventSchema schema, long index, int batchSize,
                                       List<Long> gaps) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("SELECT * FROM ((" + next(schema) + ") UNION ALL"
        + " (SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
        + " WHERE " + schema.globalIndexColumn() + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?"))
        + "))) AS events ORDER BY " + schema.globalIndexColumn() + " ASC");
    statement.setLong(1, index);
    statement.setInt(2, batchSize);
    for (int i = 0; i < gaps.size(); i++) {
      statement.setLong(i + 3, gaps.get(i));
    }
    return statement;
  }

  private static String next(EventSchema schema) {
    return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
        + " WHERE " + schema.globalIndexColumn() + " > ? ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT ?";
  }
}
