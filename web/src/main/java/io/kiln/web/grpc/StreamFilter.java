package io.kiln.web.grpc;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.domain.events.Scope;
import io.kiln.domain.integration.IntegrationView;
import io.kiln.web.grpc.v1.EventFilter;
import java.util.List;
import java.util.Set;

/**
 * What a subscriber receives: the event types, projects and aggregate types it asked for, each within what its
 * integration may read. Asking for more than that is refused, not silently narrowed.
 */
record StreamFilter(Scope eventTypes, Scope projects, Set<String> aggregateTypes) {

  static StreamFilter of(IntegrationView integration, EventFilter requested) {
    return new StreamFilter(narrow("event types", integration.events(), requested.getEventTypesList()),
        narrow("projects", integration.projects(), requested.getProjectIdsList()),
        Set.copyOf(requested.getAggregateTypesList()));
  }

  boolean passes(EventEnvelope event) {
    return eventTypes.allows(event.type())
        && (projects.all() || projects.allows(event.projectId()))
        && (aggregateTypes.isEmpty() || aggregateTypes.contains(event.aggregateType()));
  }

  private static Scope narrow(String what, Scope allowed, List<String> requested) {
    if (requested.isEmpty()) {
      return allowed;
    }
    Scope wanted = new Scope(requested);
    List<String> beyond = allowed.beyond(wanted);
    if (!beyond.isEmpty()) {
      throw GrpcErrors.refused(ErrorCode.FORBIDDEN, "This integration may not read " + what + " " + beyond);
    }
    return wanted;
  }
}
