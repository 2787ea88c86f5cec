package io.kiln.command.refusal;

import io.kiln.domain.audit.CommandRefusal;
import java.sql.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends refusals to {@code eventstore.command_refusal} in a transaction of their own: the refused command's
 * transaction rolls back, its refusal stays. Reasons are cut to what the column holds.
 */
@Component
class JdbcRefusalLog implements RefusalLog {
  private static final Logger log = LoggerFactory.getLogger(JdbcRefusalLog.class);
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  JdbcRefusalLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void record(CommandRefusal r) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update("""
          insert into eventstore.command_refusal (refused_at, actor, action, resource_type, resource_id, project_id,
              code, reason, correlation_id, client_address, head_position)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select coalesce(max(globalindex), 0) from eventstore.domainevententry))
          """, Timestamp.from(r.at()), cut(r.actor(), 200), cut(r.action(), 200), cut(r.resourceType(), 100),
          cut(r.resourceId(), 200), cut(r.projectId(), 64), r.code().name(), cut(r.reason(), 2000),
          cut(r.correlationId(), 128), cut(r.clientAddress(), 64)));
    } catch (RuntimeException e) {
      log.error("Could not record the refusal of {} by {} ({})", r.action(), r.actor(), r.code(), e);
    }
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
