package io.kiln.domain;

/** Keys of the metadata every command and event carries. */
public final class MetadataKeys {
  /** User id of the person acting, or {@code system:<component>}. */
  public static final String ACTOR = "actor";
  /** Platform role of the actor; on commands only, never copied to events. */
  public static final String ACTOR_ROLE = "actorRole";
  public static final String CORRELATION_ID = "correlationId";
  /** Identifier of the message that caused this one. */
  public static final String CAUSATION_ID = "causationId";
  public static final String CLIENT_ADDRESS = "clientAddress";

  private MetadataKeys() {}
}
