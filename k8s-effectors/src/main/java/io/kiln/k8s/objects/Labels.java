package io.kiln.k8s.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** The labels every object Kiln creates carries; the effectors find their objects by them. */
public final class Labels {
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String KILN = "kiln";
  public static final String WORKLOAD = "kiln.io/workload";
  public static final String WORKLOAD_ID = "kiln.io/workload-id";
  public static final String PROJECT = "kiln.io/project";
  public static final String USER = "kiln.io/user";
  public static final String GENERATION = "kiln.io/generation";
  public static final String SELECTOR = MANAGED_BY + "=" + KILN;

  private Labels() {}

  public static Map<String, String> of(String workload, String workloadId, String projectId, String userId) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(MANAGED_BY, KILN);
    labels.put(WORKLOAD, workload);
    labels.put(WORKLOAD_ID, workloadId);
    if (projectId != null) {
      labels.put(PROJECT, projectId);
    }
    if (userId != null) {
      labels.put(USER, userId);
    }
    return labels;
  }
}
