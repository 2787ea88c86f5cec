package io.kiln.k8s.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.infra.axon.StoredMessageJson;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.storage.StorageManifests;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Wants an application's deployment, service and ingress while it should run, at its current generation. */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(ApplicationDesires.GROUP)
class ApplicationDesires {
  static final String GROUP = "k8s-applications";
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private final DesiredObjects desired;
  private final JdbcTemplate jdbc;
  private final K8sSettings settings;

  ApplicationDesires(DesiredObjects desired, JdbcTemplate jdbc, K8sSettings settings) {
    this.desired = desired;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @EventHandler
  void on(ApplicationCreatedEvent e) throws JsonProcessingException {
    ApplicationSpec spec = new ApplicationSpec(e.applicationId(), e.projectId(), e.ownerId(), e.subdomain(),
        e.script(), e.image(), e.resources(), e.environment());
    jdbc.update("insert into eventstore.k8s_application (application_id, spec) values (?, ?) on conflict do nothing",
        e.applicationId(), JSON.writeValueAsString(spec));
    run(spec, 1);
  }

  @EventHandler
  void on(ApplicationRestartRequestedEvent e) throws JsonProcessingException {
    var specs = jdbc.queryForList("select spec from eventstore.k8s_application where application_id = ?",
        String.class, e.applicationId());
    if (!specs.isEmpty()) {
      ApplicationSpec spec = JSON.readValue(specs.get(0), ApplicationSpec.class);
      run(new ApplicationSpec(spec.applicationId(), spec.projectId(), spec.ownerId(), spec.subdomain(),
          spec.script(), spec.image(), e.resources(), spec.environment()), e.generation());
    }
  }

  @EventHandler
  void on(ApplicationStopRequestedEvent e) {
    desired.unwant(owner(e.applicationId()));
  }

  @EventHandler
  void on(ApplicationStoppedEvent e) {
    desired.unwant(owner(e.applicationId()));
  }

  @EventHandler
  void on(ApplicationFailedEvent e) {
    desired.unwant(owner(e.applicationId()));
  }

  @EventHandler
  void on(ApplicationDeletedEvent e) {
    desired.unwant(owner(e.applicationId()));
    jdbc.update("delete from eventstore.k8s_application where application_id = ?", e.applicationId());
  }

  private void run(ApplicationSpec spec, int generation) {
    boolean storage = StorageManifests.configured(settings);
    if (storage) {
      StorageManifests.of(spec.projectId(), spec.ownerId(), settings)
          .forEach(o -> desired.want("storage:" + spec.projectId() + ":" + spec.ownerId(), o));
    }
    ApplicationManifests.of(spec, generation, storage, settings)
        .forEach(o -> desired.want(owner(spec.applicationId()), o));
  }

  static String owner(String applicationId) {
    return "application:" + applicationId;
  }
}
