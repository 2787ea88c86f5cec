package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** What the job's next runs execute changed. */
@Revision("1")
public record JobDefinitionChangedEvent(String jobId, JobDefinition definition) {}
