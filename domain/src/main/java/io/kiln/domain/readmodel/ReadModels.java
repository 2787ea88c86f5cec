package io.kiln.domain.readmodel;

/** Names of the read models that answer {@link ProjectionVersionQuery}. */
public final class ReadModels {
  public static final String PROJECTS = "projects";
  public static final String USERS = "users";
  public static final String WEBHOOKS = "webhooks";
  public static final String INTEGRATIONS = "integrations";

  private ReadModels() {}
}
