package io.kiln.command.quota;

import io.kiln.domain.KilnException;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.QuotaRefusals;
import io.kiln.domain.workload.Resources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcQuotaLedger implements QuotaLedger {
  private static final String DEFAULT_ROW = "*";
  private final JdbcTemplate jdbc;

  JdbcQuotaLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void reserve(String userId, Resources requested) {
    jdbc.update("insert into eventstore.quota_lock (user_id) values (?) on conflict do nothing", userId);
    jdbc.queryForList("select user_id from eventstore.quota_lock where user_id = ? for update", String.class, userId);
    KilnException refusal = QuotaRefusals.check(requested, used(userId), limits(userId));
    if (refusal != null) {
      throw refusal;
    }
  }

  private QuotaLimits used(String userId) {
    return jdbc.queryForObject("select coalesce(sum(cpu_millis), 0), coalesce(sum(memory_mib), 0), "
        + "coalesce(sum(gpus), 0) from eventstore.workload_usage where user_id = ?",
        (rs, n) -> new QuotaLimits(rs.getLong(1), rs.getLong(2), rs.getInt(3)), userId);
  }

  private QuotaLimits limits(String userId) {
    return jdbc.query("select cpu_millis, memory_mib, gpus from eventstore.quota_limit where user_id in (?, ?) "
            + "order by (user_id = ?) desc limit 1",
        (rs, n) -> new QuotaLimits(rs.getLong(1), rs.getLong(2), rs.getInt(3)), userId, DEFAULT_ROW, DEFAULT_ROW)
        .stream().findFirst().orElse(QuotaLimits.WORKSPACE_DEFAULT);
  }
}
