package io.kiln.query.audit;

import static io.kiln.domain.audit.AuditAccess.requireAuditReader;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.Actor;
import io.kiln.domain.audit.AuditFilter;
import io.kiln.domain.audit.AuditRecordView;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import javax.sql.DataSource;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail for export as a cursor over its own read-only transaction, fetching a few hundred rows at a
 * time: an export of millions of records holds only one batch in memory. The caller closes it, on any thread.
 */
@Component
public class AuditExport {
  private static final int FETCH_SIZE = 500;
  private final DataSource dataSource;

  AuditExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Rows open(Actor viewer, AuditFilter filter) throws SQLException {
    requireAuditReader(viewer);
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      Cursor<Record> cursor = AuditViews.select(DSL.using(connection, SQLDialect.POSTGRES))
          .where(AuditConditions.of(filter))
          .orderBy(AUDIT_RECORD.SEQ)
          .fetchSize(FETCH_SIZE)
          .fetchLazy();
      return new Rows(connection, cursor);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Records in chain order; closing ends the transaction and returns the connection. */
  public static final class Rows implements Iterable<AuditRecordView>, AutoCloseable {
    private final Connection connection;
    private final Cursor<Record> cursor;

    private Rows(Connection connection, Cursor<Record> cursor) {
      this.connection = connection;
      this.cursor = cursor;
    }

    @Override
    public Iterator<AuditRecordView> iterator() {
      Iterator<Record> rows = cursor.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public AuditRecordView next() {
          return AuditViews.of(rows.next());
        }
      };
    }

    @Override
    public void close() {
      try (connection) {
        cursor.close();
        connection.rollback();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not end an audit export", e);
      }
    }
  }
}
