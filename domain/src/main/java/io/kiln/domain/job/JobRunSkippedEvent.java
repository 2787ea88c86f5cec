package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** A run was recorded that never ran, and why. */
@Revision("1")
public record JobRunSkippedEvent(String runId, String jobId, String projectId, String ownerId, String jobName,
                                 RunTrigger trigger, SkipReason reason, String detail) {}
