package io.kiln.k8s.jobs;

import io.kiln.domain.workload.Resources;
import java.util.List;
import java.util.Map;

/** What the effector keeps of a job run to create the Job of each of its attempts. */
public record JobRunSpec(String runId, String jobId, String projectId, String ownerId, String image,
                         Resources resources, String script, List<String> arguments,
                         Map<String, String> environment, long timeoutSeconds) {}
