package io.kiln.k8s.sessions;

import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.storage.StorageManifests;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Wants a session's pod and service from its start request until it is asked to stop or ends. */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(SessionDesires.GROUP)
class SessionDesires {
  static final String GROUP = "k8s-sessions";
  private final DesiredObjects desired;
  private final K8sSettings settings;

  SessionDesires(DesiredObjects desired, K8sSettings settings) {
    this.desired = desired;
    this.settings = settings;
  }

  @EventHandler
  void on(SessionStartRequestedEvent e) {
    boolean storage = StorageManifests.configured(settings);
    if (storage) {
      StorageManifests.of(e.projectId(), e.ownerId(), settings)
          .forEach(o -> desired.want("storage:" + e.projectId() + ":" + e.ownerId(), o));
    }
    SessionManifests.of(e, storage).forEach(o -> desired.want(owner(e.sessionId()), o));
  }

  @EventHandler
  void on(SessionStopRequestedEvent e) {
    desired.unwant(owner(e.sessionId()));
  }

  @EventHandler
  void on(SessionStoppedEvent e) {
    desired.unwant(owner(e.sessionId()));
  }

  @EventHandler
  void on(SessionFailedEvent e) {
    desired.unwant(owner(e.sessionId()));
  }

  static String owner(String sessionId) {
    return "session:" + sessionId;
  }
}
