package io.kiln.k8s.builds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.build.BuildAdmittedEvent;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
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

/** Wants a build's pod once the build queue admits it, until the build ends. */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(BuildDesires.GROUP)
class BuildDesires {
  static final String GROUP = "k8s-builds";
  private static final ObjectMapper JSON = StoredMessageJson.mapper();
  private final DesiredObjects desired;
  private final JdbcTemplate jdbc;
  private final K8sSettings settings;

  BuildDesires(DesiredObjects desired, JdbcTemplate jdbc, K8sSettings settings) {
    this.desired = desired;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @EventHandler
  void on(BuildRequestedEvent e) throws JsonProcessingException {
    jdbc.update("insert into eventstore.k8s_build (build_id, request) values (?, ?) on conflict do nothing",
        e.buildId(), JSON.writeValueAsString(e));
  }

  @EventHandler
  void on(BuildAdmittedEvent e) throws JsonProcessingException {
    var requests = jdbc.queryForList("select request from eventstore.k8s_build where build_id = ?", String.class,
        e.buildId());
    if (requests.isEmpty()) {
      return;
    }
    BuildRequestedEvent build = JSON.readValue(requests.get(0), BuildRequestedEvent.class);
    desired.want("builds", BuildManifests.namespace(settings));
    if (StorageManifests.configured(settings)) {
      StorageManifests.forBuilds(build.projectId(), settings).forEach(o -> desired.want("builds:" + build.projectId(),
          o));
    }
    desired.want(owner(e.buildId()), BuildManifests.pod(build, settings));
  }

  @EventHandler
  void on(BuildSucceededEvent e) {
    ended(e.buildId());
  }

  @EventHandler
  void on(BuildFailedEvent e) {
    ended(e.buildId());
  }

  @EventHandler
  void on(BuildTimedOutEvent e) {
    ended(e.buildId());
  }

  @EventHandler
  void on(BuildCancelledEvent e) {
    ended(e.buildId());
  }

  private void ended(String buildId) {
    desired.unwant(owner(buildId));
    jdbc.update("delete from eventstore.k8s_build where build_id = ?", buildId);
  }

  static String owner(String buildId) {
    return "build:" + buildId;
  }
}
