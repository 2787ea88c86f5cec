package io.kiln.local.models;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Models' file and function, and what each deployment should run ({@code eventstore.local_deployment}). */
public class LocalDeployments {
  private static final String COLUMNS = "deployment_id, model_id, project_id, owner_id, memory_mib, epoch, "
      + "model_version, image, replicas, canary_version, canary_image, canary_replicas, running";
  private final JdbcTemplate jdbc;

  public LocalDeployments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Model(String file, String function, String runtimeId) {}

  public void model(String modelId, String file, String function, String runtimeId) {
    jdbc.update("insert into eventstore.local_model (model_id, file, function, runtime_id) values (?, ?, ?, ?) "
        + "on conflict (model_id) do nothing", modelId, file, function, runtimeId);
  }

  public Optional<Model> model(String modelId) {
    return jdbc.query("select file, function, runtime_id from eventstore.local_model where model_id = ?",
        (rs, n) -> new Model(rs.getString(1), rs.getString(2), rs.getString(3)), modelId).stream().findFirst();
  }

  public void created(LocalDeployment d) {
    jdbc.update("insert into eventstore.local_deployment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + "?, ?) on conflict (deployment_id) do nothing", d.deploymentId(), d.modelId(), d.projectId(), d.ownerId(),
        d.memoryMiB(), d.epoch(), d.modelVersion(), d.image(), d.replicas(), d.canaryVersion(), d.canaryImage(),
        d.canaryReplicas(), d.running());
  }

  /** Sets columns of a deployment: {@code assignments} is SQL like {@code "replicas = ?"}. */
  public void change(String deploymentId, String assignments, Object... values) {
    Object[] arguments = new Object[values.length + 1];
    System.arraycopy(values, 0, arguments, 0, values.length);
    arguments[values.length] = deploymentId;
    jdbc.update("update eventstore.local_deployment set " + assignments + " where deployment_id = ?", arguments);
  }

  public Optional<LocalDeployment> find(String deploymentId) {
    return jdbc.query("select " + COLUMNS + " from eventstore.local_deployment where deployment_id = ?",
        (rs, n) -> new LocalDeployment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
            (Integer) rs.getObject(10, Integer.class), rs.getString(11), rs.getInt(12), rs.getBoolean(13)),
        deploymentId).stream().findFirst();
  }
}
