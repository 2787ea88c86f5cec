package io.kiln.command;

import io.kiln.domain.MetadataKeys;
import java.util.Map;

/** Command metadata naming who sends a command, as the API layer attaches it. */
public final class Actors {
  private Actors() {}

  public static Map<String, Object> user(String id) {
    return as(id, "user");
  }

  public static Map<String, Object> admin(String id) {
    return as(id, "admin");
  }

  public static Map<String, Object> auditor(String id) {
    return as(id, "auditor");
  }

  public static Map<String, Object> as(String id, String role) {
    return Map.of(MetadataKeys.ACTOR, id, MetadataKeys.ACTOR_ROLE, role);
  }
}
