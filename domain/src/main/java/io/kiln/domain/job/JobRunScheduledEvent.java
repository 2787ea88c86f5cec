package io.kiln.domain.job;

import io.kiln.domain.workload.Resources;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A run started (SCHEDULING, attempt 1) with what it runs, on what, holding which resources. */
@Revision("1")
public record JobRunScheduledEvent(String runId, String jobId, String projectId, String ownerId, String jobName,
                                   RunTrigger trigger, String runtimeId, String runtimeName, String image,
                                   boolean runtimeDeprecated, String profileId, String profileName,
                                   Resources resources, String script, List<String> arguments,
                                   Map<String, String> environment, long timeoutSeconds, RetryPolicy retry) {}
