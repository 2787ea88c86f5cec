package io.kiln.k8s.desired;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The effectors' desired state, in PostgreSQL. Writes happen in the transaction of the event that caused them; each
 * change raises the object's generation, and the reconciler applies what it has not applied yet.
 */
@Component
public class DesiredObjects {
  /** The applied generation of an object a resync asks to apply again: pending, but after every changed wish. */
  private static final int RESYNC = -1;
  private final JdbcTemplate jdbc;
  private volatile Runnable onChange = () -> { };

  DesiredObjects(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Wants {@code object} to exist as given, on behalf of {@code ownerId}. Unchanged wishes change nothing. */
  public void want(String ownerId, HasMetadata object) {
    String json = Serialization.asJson(object);
    int changed = jdbc.update("""
        insert into eventstore.k8s_object (object_key, owner_id, kind, namespace, name, apply_order, manifest, present,
          generation) values (?, ?, ?, ?, ?, ?, ?, true, 1)
        on conflict (object_key) do update set manifest = excluded.manifest, present = true,
          owner_id = excluded.owner_id, generation = k8s_object.generation + 1, updated_at = now(),
          applied_generation = greatest(k8s_object.applied_generation, 0)
        where k8s_object.manifest <> excluded.manifest or not k8s_object.present""",
        ObjectKeys.key(object), ownerId, object.getKind(), object.getMetadata().getNamespace(),
        object.getMetadata().getName(), ObjectKeys.order(object.getKind()), json);
    if (changed > 0) {
      changedAfterCommit();
    }
  }

  /** Wants every object of {@code ownerId} gone. */
  public void unwant(String ownerId) {
    if (jdbc.update("update eventstore.k8s_object set present = false, generation = generation + 1, "
        + "updated_at = now(), applied_generation = greatest(applied_generation, 0) "
        + "where owner_id = ? and present", ownerId) > 0) {
      changedAfterCommit();
    }
  }

  /** Wants gone every object of every owner whose id starts with {@code ownerPrefix}. */
  public void unwantOwnedBy(String ownerPrefix) {
    if (jdbc.update("update eventstore.k8s_object set present = false, generation = generation + 1, "
        + "updated_at = now(), applied_generation = greatest(applied_generation, 0) "
        + "where starts_with(owner_id, ?) and present", ownerPrefix) > 0) {
      changedAfterCommit();
    }
  }

  /** Whether {@code ownerId} still wants any object. */
  public boolean wantsAny(String ownerId) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.k8s_object "
        + "where owner_id = ? and present)", Boolean.class, ownerId));
  }

  /** Wants one object gone. */
  public void unwant(HasMetadata object) {
    if (jdbc.update("update eventstore.k8s_object set present = false, generation = generation + 1, "
        + "updated_at = now(), applied_generation = greatest(applied_generation, 0) "
        + "where object_key = ? and present", ObjectKeys.key(object)) > 0) {
      changedAfterCommit();
    }
  }

  /**
   * Wishes not converged yet, oldest wish first, so that a steady stream of new users' namespaces never starves an
   * older wish for a pod; the objects of one wish in apply order (what is wanted gone: in reverse). A resync's
   * re-applies are not among them.
   */
  public List<DesiredObject> pending(int limit, Collection<String> waiting) {
    return select("applied_generation >= 0 and applied_generation < generation", limit, waiting);
  }

  /** What a resync asks to apply again, once every changed wish has been applied. */
  public List<DesiredObject> resyncDue(int limit, Collection<String> waiting) {
    return select("applied_generation = " + RESYNC + " and present", limit, waiting);
  }

  /** Leaves out the keys that wait for a retry, so that they never fill a batch and starve the others. */
  private List<DesiredObject> select(String where, int limit, Collection<String> waiting) {
    return jdbc.query("""
        select object_key, owner_id, manifest, present, generation from eventstore.k8s_object
        where %s and object_key <> all (?)
        order by updated_at, case when present then apply_order else 100 - apply_order end, object_key
        limit ?""".formatted(where),
        (rs, n) -> new DesiredObject(rs.getString(1), rs.getString(2),
            Serialization.unmarshal(rs.getString(3), HasMetadata.class), rs.getBoolean(4), rs.getLong(5)),
        waiting.toArray(String[]::new), limit);
  }

  /** Records that the reconciler converged this generation; false when the wish changed meanwhile. */
  public boolean applied(DesiredObject object) {
    if (object.present()) {
      return jdbc.update("update eventstore.k8s_object set applied_generation = ? where object_key = ? "
          + "and generation = ?", object.generation(), object.key(), object.generation()) > 0;
    }
    return jdbc.update("delete from eventstore.k8s_object where object_key = ? and generation = ? and not present",
        object.key(), object.generation()) > 0;
  }

  public boolean isWanted(String key) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.k8s_object "
        + "where object_key = ? and present)", Boolean.class, key));
  }

  public Set<String> wantedKeys() {
    return Set.copyOf(jdbc.queryForList("select object_key from eventstore.k8s_object where present", String.class));
  }

  /**
   * Everything present and converged is applied again, after the changed wishes: drift on the fields Kiln owns is
   * reverted, deleted objects come back.
   */
  public void reapplyAll() {
    jdbc.update("update eventstore.k8s_object set applied_generation = " + RESYNC + " where present "
        + "and applied_generation = generation");
  }

  public void reapply(String key) {
    if (jdbc.update("update eventstore.k8s_object set applied_generation = 0 where object_key = ? and present",
        key) > 0) {
      onChange.run();
    }
  }

  public void onChange(Runnable listener) {
    this.onChange = listener;
  }

  private void changedAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          onChange.run();
        }
      });
    } else {
      onChange.run();
    }
  }
}
