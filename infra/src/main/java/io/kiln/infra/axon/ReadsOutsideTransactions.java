package io.kiln.infra.axon;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event store's transactions, with reads that open none of their own. Axon's JDBC event storage engine writes
 * through {@link #executeInTransaction} and reads through {@link #fetchInTransaction}; a read joins the transaction
 * running on its thread (a command's, a processor's) and otherwise runs as plain statements, each of which sees
 * committed events just as it would inside a read-committed transaction. The event store's producer thread reads after
 * every commit, so this saves it a transaction and a COMMIT round trip per read.
 */
final class ReadsOutsideTransactions implements TransactionManager {
  private final TransactionManager transactions;

  ReadsOutsideTransactions(TransactionManager transactions) {
    this.transactions = transactions;
  }

  @Override
  public Transaction startTransaction() {
    return transactions.startTransaction();
  }

  @Override
  public void executeInTransaction(Runnable task) {
    transactions.executeInTransaction(task);
  }

  @Override
  public <T> T fetchInTransaction(Supplier<T> supplier) {
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? transactions.fetchInTransaction(supplier)
        : supplier.get();
  }
}
