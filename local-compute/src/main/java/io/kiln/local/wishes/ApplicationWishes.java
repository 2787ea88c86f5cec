package io.kiln.local.wishes;

import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.local.LocalCompute;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.WorkloadSpec;
import io.kiln.local.workload.Workloads;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Wants an application's process (listening on {@code $PORT}) while it should run, one per start (generation). */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(ApplicationWishes.GROUP)
class ApplicationWishes {
  static final String GROUP = "local-applications";
  private final Workloads workloads;

  ApplicationWishes(Workloads workloads) {
    this.workloads = workloads;
  }

  @EventHandler
  void on(ApplicationCreatedEvent e) {
    WorkloadSpec spec = new WorkloadSpec(e.projectId(), e.runtimeId(), null, e.script(), List.of(), e.environment(),
        e.resources() == null ? 0 : e.resources().memoryMiB(), 0, null, null, null, null, e.ownerId());
    workloads.want(key(e.applicationId(), 1), Kind.APPLICATION, e.applicationId(), 1, e.subdomain(), spec);
  }

  @EventHandler
  void on(ApplicationRestartRequestedEvent e) {
    workloads.unwantOtherGenerations(e.applicationId(), e.generation());
    workloads.ofOwner(e.applicationId()).stream().max(Comparator.comparingInt(Workload::generation))
        .ifPresent(last -> workloads.want(key(e.applicationId(), e.generation()), Kind.APPLICATION,
            e.applicationId(), e.generation(), last.route(), last.spec()));
  }

  @EventHandler
  void on(ApplicationStopRequestedEvent e) {
    workloads.unwantOwner(e.applicationId());
  }

  @EventHandler
  void on(ApplicationStoppedEvent e) {
    workloads.unwantOwner(e.applicationId());
  }

  @EventHandler
  void on(ApplicationFailedEvent e) {
    workloads.unwantOwner(e.applicationId());
  }

  @EventHandler
  void on(ApplicationDeletedEvent e) {
    workloads.unwantOwner(e.applicationId());
  }

  static String key(String applicationId, int generation) {
    return "app:" + applicationId + ":" + generation;
  }
}
