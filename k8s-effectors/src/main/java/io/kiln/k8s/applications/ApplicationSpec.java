package io.kiln.k8s.applications;

import io.kiln.domain.workload.Resources;
import java.util.Map;

/** What the effector keeps of an application to run it again. */
public record ApplicationSpec(String applicationId, String projectId, String ownerId, String subdomain, String script,
                              String image, Resources resources, Map<String, String> environment) {}
