package io.kiln.local.wishes;

import io.kiln.domain.WireNames;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.local.LocalCompute;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.WorkloadSpec;
import io.kiln.local.workload.Workloads;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Wants a session's editor process from its start request until it is asked to stop or ends. */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(SessionWishes.GROUP)
class SessionWishes {
  static final String GROUP = "local-sessions";
  private final Workloads workloads;

  SessionWishes(Workloads workloads) {
    this.workloads = workloads;
  }

  @EventHandler
  void on(SessionStartRequestedEvent e) {
    WorkloadSpec spec = new WorkloadSpec(e.projectId(), e.runtimeId(),
        e.editor() == null ? null : WireNames.of(e.editor()), null, List.of(), Map.of(),
        e.resources() == null ? 0 : e.resources().memoryMiB(), 0, null, null, null, null, e.ownerId());
    workloads.want("session:" + e.sessionId(), Kind.SESSION, e.sessionId(), 0, e.sessionId(), spec);
  }

  @EventHandler
  void on(SessionStopRequestedEvent e) {
    workloads.unwantOwner(e.sessionId());
  }

  @EventHandler
  void on(SessionStoppedEvent e) {
    workloads.unwantOwner(e.sessionId());
  }

  @EventHandler
  void on(SessionFailedEvent e) {
    workloads.unwantOwner(e.sessionId());
  }
}
