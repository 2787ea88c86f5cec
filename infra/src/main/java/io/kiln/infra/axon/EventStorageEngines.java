package io.kiln.infra.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage engine as Kiln reads with it: outside a transaction of its own when none is running
 * ({@link ReadsOutsideTransactions}), and the event stream in one query per batch ({@link TrackedEventQueries}).
 */
public final class EventStorageEngines {
  private EventStorageEngines() {}

  public static JdbcEventStorageEngine.Builder jdbc(TransactionManager transactions) {
    return JdbcEventStorageEngine.builder()
        .transactionManager(new ReadsOutsideTransactions(transactions))
        .readEventDataWithoutGaps(TrackedEventQueries::next)
        .readEventDataWithGaps(TrackedEventQueries::nextAndGaps)
        .extendedGapCheckEnabled(false);
  }
}
