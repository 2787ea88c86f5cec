package io.kiln.k8s.serving;

/**
 * How Kiln's model route finds the serving pods of a deployment: the model effector labels every replica pod with
 * its deployment id and model version, and names the serving container port {@value #PORT_NAME} (the route uses the
 * first container port when none is named so, and {@value #DEFAULT_PORT} when a pod declares none).
 */
public final class ServingLabels {
  public static final String DEPLOYMENT = "kiln.io/deployment";
  public static final String MODEL_VERSION = "kiln.io/model-version";
  public static final String PORT_NAME = "http";
  public static final int DEFAULT_PORT = 8080;

  private ServingLabels() {}
}
