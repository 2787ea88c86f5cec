package io.kiln.k8s.objects;

/**
 * Object names derived from aggregate ids, so that applying twice names the same object: DNS labels of at most 63
 * characters.
 */
public final class Names {
  private Names() {}

  public static String userNamespace(String userId) {
    return "kiln-u-" + userId;
  }

  public static String projectVolume(String projectId, String userId) {
    return "kiln-p-" + projectId + "-" + userId.substring(0, 8);
  }

  /** The volume through which builds read a project's files, in the build namespace. */
  public static String projectBuildVolume(String projectId) {
    return "kiln-p-" + projectId + "-builds";
  }

  public static String projectClaim(String projectId) {
    return "project-" + projectId;
  }

  public static String session(String sessionId) {
    return "session-" + sessionId;
  }

  public static String build(String buildId) {
    return "build-" + buildId;
  }

  /** The Job of one attempt of a run: a new attempt is a new Job. */
  public static String jobRun(String runId, int attempt) {
    return "run-" + runId + "-" + attempt;
  }

  /** The Deployment and Service of one model version of a deployment. */
  public static String modelVersion(String deploymentId, int modelVersion) {
    return "model-" + deploymentId + "-v" + modelVersion;
  }

  public static String modelSecrets(String deploymentId) {
    return "model-" + deploymentId + "-secrets";
  }

  public static String application(String applicationId) {
    return "app-" + applicationId;
  }
}
