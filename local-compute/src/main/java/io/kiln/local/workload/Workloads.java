package io.kiln.local.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.infra.axon.StoredMessageJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The local engine's desired state and what it observed, in PostgreSQL. Wishes are written in the transaction of the
 * event that caused them and never repeated: a row, once there, is only ever moved forward, so an event delivered
 * twice starts nothing twice.
 */
public class Workloads {
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private static final String COLUMNS = "workload_key, kind, owner_id, generation, route, spec, wanted, status, pid, "
      + "process_started_at, port, launched_at, exit_code, reason, restarts";
  private final JdbcTemplate jdbc;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public Workloads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Told after a wish was added, dropped or sent back to be started again (after its transaction commits). */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Wants {@code key} to run as given; a wish already recorded (running, ended or dropped) stays as it is. */
  public void want(String key, Kind kind, String ownerId, int generation, String route, WorkloadSpec spec) {
    if (jdbc.update("insert into eventstore.local_workload (workload_key, kind, owner_id, generation, route, spec) "
        + "values (?, ?, ?, ?, ?, ?) on conflict (workload_key) do nothing", key, kind.name(), ownerId, generation,
        route, json(spec)) > 0) {
      changed();
    }
  }

  public void unwant(String key) {
    if (jdbc.update("update eventstore.local_workload set wanted = false, updated_at = now() "
        + "where workload_key = ? and wanted", key) > 0) {
      changed();
    }
  }

  public void unwantOwner(String ownerId) {
    if (jdbc.update("update eventstore.local_workload set wanted = false, updated_at = now() "
        + "where owner_id = ? and wanted", ownerId) > 0) {
      changed();
    }
  }

  /** Every wish of the owner but those of {@code generation}. */
  public void unwantOtherGenerations(String ownerId, int generation) {
    if (jdbc.update("update eventstore.local_workload set wanted = false, updated_at = now() "
        + "where owner_id = ? and generation <> ? and wanted", ownerId, generation) > 0) {
      changed();
    }
  }

  public Optional<Workload> find(String key) {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_workload where workload_key = ?", this::row, key)
        .stream().findFirst();
  }

  public List<Workload> ofOwner(String ownerId) {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_workload where owner_id = ? "
        + "order by generation, workload_key", this::row, ownerId);
  }

  /** The newest wish of a kind for a route (a session id, an application's subdomain). */
  public Optional<Workload> byRoute(Kind kind, String route) {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_workload where kind = ? and route = ? "
        + "order by wanted desc, generation desc, updated_at desc limit 1", this::row, kind.name(), route)
        .stream().findFirst();
  }

  /** Every model replica that is wanted and answers. */
  public List<Workload> readyModelReplicas() {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_workload where kind = ? and wanted "
        + "and status = 'ready' and port is not null", this::row, Kind.MODEL_REPLICA.name());
  }

  /** What the supervisor looks after: not started yet, being started, or running. */
  public List<Workload> active() {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_workload "
        + "where status in ('pending', 'launching', 'running', 'ready') order by workload_key", this::row);
  }

  /** Claims a pending wish for starting; false when it is no longer pending (another start, or unwanted). */
  public boolean claim(String key) {
    return jdbc.update("update eventstore.local_workload set status = 'launching', launched_at = now(), "
        + "updated_at = now() where workload_key = ? and status = 'pending' and wanted", key) > 0;
  }

  public void started(String key, long pid, Instant processStartedAt, Integer port) {
    jdbc.update("update eventstore.local_workload set status = 'running', pid = ?, process_started_at = ?, port = ?, "
        + "updated_at = now() where workload_key = ?", pid, Timestamp.from(processStartedAt), port, key);
  }

  public void ready(String key) {
    jdbc.update("update eventstore.local_workload set status = 'ready', updated_at = now() where workload_key = ? "
        + "and status = 'running'", key);
  }

  public void ended(String key, Integer exitCode, String reason) {
    jdbc.update("update eventstore.local_workload set status = 'ended', exit_code = ?, reason = ?, updated_at = now() "
        + "where workload_key = ?", exitCode, reason, key);
  }

  /** A server that died while wanted goes back to pending, to be started again. */
  public void relaunch(String key) {
    jdbc.update("update eventstore.local_workload set status = 'pending', pid = null, process_started_at = null, "
        + "port = null, restarts = restarts + 1, updated_at = now() where workload_key = ?", key);
    changed();
  }

  private void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          listeners.forEach(Runnable::run);
        }
      });
    } else {
      listeners.forEach(Runnable::run);
    }
  }

  private Workload row(ResultSet rs, int n) throws SQLException {
    try {
      Timestamp started = rs.getTimestamp("process_started_at");
      Timestamp launched = rs.getTimestamp("launched_at");
      return new Workload(rs.getString("workload_key"), Kind.valueOf(rs.getString("kind")), rs.getString("owner_id"),
          rs.getInt("generation"), rs.getString("route"), JSON.readValue(rs.getString("spec"), WorkloadSpec.class),
          rs.getBoolean("wanted"), rs.getString("status"), (Long) rs.getObject("pid", Long.class),
          started == null ? null : started.toInstant(), (Integer) rs.getObject("port", Integer.class),
          launched == null ? null : launched.toInstant(), (Integer) rs.getObject("exit_code", Integer.class),
          rs.getString("reason"), rs.getInt("restarts"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable local workload " + rs.getString("workload_key"), e);
    }
  }

  private static String json(WorkloadSpec spec) {
    try {
      return JSON.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
