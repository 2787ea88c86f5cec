package io.kiln.infra.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one Kiln replica does a given work at a time (reconciling, supervising processes): the holder of a PostgreSQL
 * advisory lock with that work's key, on a connection kept for it.
 * A replica that dies loses its connection and the lock with it.
 */
public class LeaderLock implements AutoCloseable {
  private final long key;
  private final DataSource dataSource;
  private Connection connection;

  public LeaderLock(DataSource dataSource, long key) {
    this.dataSource = dataSource;
    this.key = key;
  }

  public synchronized boolean hold() {
    try {
      if (connection != null && connection.isValid(2)) {
        return true;
      }
      release();
      Connection candidate = dataSource.getConnection();
      try (var statement = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
        statement.setLong(1, key);
        try (var rs = statement.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            connection = candidate;
            return true;
          }
        }
      }
      candidate.close();
      return false;
    } catch (SQLException e) {
      release();
      return false;
    }
  }

  @Override
  public synchronized void close() {
    release();
  }

  /** Unlocks before the connection goes back to its pool: a pooled session would keep holding the lock. */
  private void release() {
    if (connection != null) {
      try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
        statement.setLong(1, key);
        statement.execute();
      } catch (SQLException ignored) {
        // a broken connection took the lock with it
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the lock goes with the connection
      }
      connection = null;
    }
  }
}
