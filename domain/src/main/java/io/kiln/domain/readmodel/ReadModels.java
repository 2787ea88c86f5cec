package io.kiln.domain.readmodel;

/** Names of the read models that answer {@link ProjectionVersionQuery}. */
public final class ReadModels {
  public static final String PROJECTS = "projects";
  public static final String USERS = "users";
  public static final String RUNTIMES = "runtimes";
  public static final String RESOURCE_PROFILES = "resource-profiles";
  public static final String QUOTAS = "quotas";
  public static final String SESSIONS = "sessions";
  public static final String APPLICATIONS = "applications";
  public static final String JOBS = "jobs";
  public static final String JOB_RUNS = "job-runs";
  public static final String BUILDS = "builds";
  public static final String BUILD_QUEUE = "build-queue";
  public static final String MODELS = "models";
  public static final String DEPLOYMENTS = "deployments";
  public static final String WEBHOOKS = "webhooks";
  public static final String INTEGRATIONS = "integrations";
  public static final String NODE_POOLS = "node-pools";

  private ReadModels() {}
}
