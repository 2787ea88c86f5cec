package io.kiln.k8s.namespaces;

import io.kiln.domain.quota.DefaultQuotaSetEvent;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.UserQuotaResetEvent;
import io.kiln.domain.quota.UserQuotaSetEvent;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Wants a namespace per user, its quota following the user's own quota or the default. */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(UserNamespaces.GROUP)
class UserNamespaces {
  static final String GROUP = "k8s-namespaces";
  private final DesiredObjects desired;
  private final JdbcTemplate jdbc;
  private final K8sSettings settings;

  UserNamespaces(DesiredObjects desired, JdbcTemplate jdbc, K8sSettings settings) {
    this.desired = desired;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @EventHandler
  void on(UserCreatedEvent e) {
    QuotaLimits quota = defaultQuota();
    jdbc.update("insert into eventstore.k8s_user (user_id, own_quota, cpu_millis, memory_mib, gpus) "
        + "values (?, false, ?, ?, ?) on conflict do nothing", e.userId(), quota.cpuMillis(), quota.memoryMiB(),
        quota.gpus());
    want(e.userId());
  }

  @EventHandler
  void on(UserQuotaSetEvent e) {
    jdbc.update("update eventstore.k8s_user set own_quota = true, cpu_millis = ?, memory_mib = ?, gpus = ? "
        + "where user_id = ?", e.cpuMillis(), e.memoryMiB(), e.gpus(), e.userId());
    want(e.userId());
  }

  @EventHandler
  void on(UserQuotaResetEvent e) {
    QuotaLimits quota = defaultQuota();
    jdbc.update("update eventstore.k8s_user set own_quota = false, cpu_millis = ?, memory_mib = ?, gpus = ? "
        + "where user_id = ?", quota.cpuMillis(), quota.memoryMiB(), quota.gpus(), e.userId());
    want(e.userId());
  }

  @EventHandler
  void on(DefaultQuotaSetEvent e) {
    jdbc.update("insert into eventstore.k8s_user (user_id, own_quota, cpu_millis, memory_mib, gpus) "
        + "values ('*', false, ?, ?, ?) on conflict (user_id) do update set cpu_millis = excluded.cpu_millis, "
        + "memory_mib = excluded.memory_mib, gpus = excluded.gpus", e.cpuMillis(), e.memoryMiB(), e.gpus());
    jdbc.update("update eventstore.k8s_user set cpu_millis = ?, memory_mib = ?, gpus = ? "
        + "where not own_quota and user_id <> '*'", e.cpuMillis(), e.memoryMiB(), e.gpus());
    jdbc.queryForList("select user_id from eventstore.k8s_user where not own_quota and user_id <> '*'", String.class)
        .forEach(this::want);
  }

  private void want(String userId) {
    QuotaLimits quota = jdbc.queryForObject("select cpu_millis, memory_mib, gpus from eventstore.k8s_user "
        + "where user_id = ?", (rs, n) -> new QuotaLimits(rs.getLong(1), rs.getLong(2), rs.getInt(3)), userId);
    NamespaceManifests.of(userId, quota, settings.kilnNamespace()).forEach(o -> desired.want("user:" + userId, o));
  }

  private QuotaLimits defaultQuota() {
    return jdbc.query("select cpu_millis, memory_mib, gpus from eventstore.k8s_user where user_id = '*'",
            (rs, n) -> new QuotaLimits(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
        .stream().findFirst().orElse(QuotaLimits.WORKSPACE_DEFAULT);
  }
}
