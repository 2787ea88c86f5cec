package io.kiln.domain.integration;

import io.kiln.domain.events.Scope;
import java.time.Instant;
import java.util.List;

public record IntegrationView(String id, String name, List<String> projectIds, List<String> eventTypes,
                              List<String> commandTypes, boolean revoked, Instant createdAt, Instant updatedAt,
                              long version) {
  public Scope projects() {
    return new Scope(projectIds);
  }

  public Scope events() {
    return new Scope(eventTypes);
  }

  public Scope commands() {
    return new Scope(commandTypes);
  }
}
