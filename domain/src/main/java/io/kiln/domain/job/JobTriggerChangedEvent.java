package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

@Revision("1")
public record JobTriggerChangedEvent(String jobId, String projectId, JobTrigger trigger) {}
