package io.kiln.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.infra.testdb.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class ReadsOutsideTransactionsTest {
  final AtomicInteger begun = new AtomicInteger();
  final DataSourceTransactionManager spring = new DataSourceTransactionManager(dataSource()) {
    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
      begun.incrementAndGet();
      super.doBegin(transaction, definition);
    }
  };
  final ReadsOutsideTransactions transactions = new ReadsOutsideTransactions(new SpringTransactionManager(spring));

  @Test
  void aReadOutsideATransactionOpensNone() {
    boolean inTransaction = transactions.fetchInTransaction(TransactionSynchronizationManager::isActualTransactionActive);

    assertThat(inTransaction).isFalse();
    assertThat(begun).hasValue(0);
  }

  @Test
  void aReadInsideATransactionJoinsIt() {
    TransactionStatus outer = spring.getTransaction(TransactionDefinition.withDefaults());
    try {
      boolean inTransaction = transactions.fetchInTransaction(
          TransactionSynchronizationManager::isActualTransactionActive);

      assertThat(inTransaction).isTrue();
      assertThat(begun).hasValue(1);
    } finally {
      spring.rollback(outer);
    }
  }

  @Test
  void writesRunInATransaction() {
    AtomicInteger inTransaction = new AtomicInteger();
    transactions.executeInTransaction(() -> {
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        inTransaction.incrementAndGet();
      }
    });
    new TransactionTemplate(spring).executeWithoutResult(status -> transactions.executeInTransaction(() -> {
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        inTransaction.incrementAndGet();
      }
    }));

    assertThat(inTransaction).hasValue(2);
    assertThat(begun).hasValue(2);
  }

  private static DriverManagerDataSource dataSource() {
    TestDatabase.Server db = TestDatabase.get();
    return new DriverManagerDataSource(db.url(), db.user(), db.password());
  }
}
