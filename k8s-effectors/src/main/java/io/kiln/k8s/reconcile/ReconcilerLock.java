package io.kiln.k8s.reconcile;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one Kiln replica reconciles at a time: the holder of a PostgreSQL advisory lock, on a connection kept for it.
 * A replica that dies loses its connection and the lock with it.
 */
public class ReconcilerLock implements AutoCloseable {
  private static final long KEY = 0x6b696c6e72656331L;
  private final DataSource dataSource;
  private Connection connection;

  public ReconcilerLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public synchronized boolean hold() {
    try {
      if (connection != null && connection.isValid(2)) {
        return true;
      }
      release();
      Connection candidate = dataSource.getConnection();
      try (var statement = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
        statement.setLong(1, KEY);
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
      try (var statement = connection.prepareStatement("select pg_advisory_unlock_all()")) {
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
