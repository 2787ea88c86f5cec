package io.kiln.local;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one Kiln supervises local processes at a time: the holder of a PostgreSQL advisory lock, on a connection kept
 * for it. A Kiln that dies loses its connection and the lock with it; one that stops unlocks.
 */
public class SupervisorLock implements AutoCloseable {
  private static final long KEY = 0x6b696c6e6c6f6361L;
  private final DataSource dataSource;
  private Connection connection;

  public SupervisorLock(DataSource dataSource) {
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

  /** Unlocks before the connection goes back to the pool (a pooled connection's session, and lock, would live on). */
  private void release() {
    if (connection != null) {
      try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
        statement.setLong(1, KEY);
        statement.execute();
      } catch (SQLException ignored) {
        // a broken connection has lost the lock already
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
