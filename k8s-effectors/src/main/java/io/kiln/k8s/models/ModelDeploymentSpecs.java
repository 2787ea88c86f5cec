package io.kiln.k8s.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.infra.axon.StoredMessageJson;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The model deployments' specs in {@code eventstore.k8s_model_deployment}. */
@Component
public class ModelDeploymentSpecs {
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private final JdbcTemplate jdbc;

  ModelDeploymentSpecs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ModelDeploymentSpec> find(String deploymentId) {
    return jdbc.queryForList("select spec from eventstore.k8s_model_deployment where deployment_id = ?",
        String.class, deploymentId).stream().findFirst().map(ModelDeploymentSpecs::read);
  }

  void save(ModelDeploymentSpec spec) {
    try {
      jdbc.update("insert into eventstore.k8s_model_deployment (deployment_id, spec) values (?, ?) "
          + "on conflict (deployment_id) do update set spec = excluded.spec", spec.deploymentId(),
          JSON.writeValueAsString(spec));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModelDeploymentSpec read(String json) {
    try {
      return JSON.readValue(json, ModelDeploymentSpec.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
