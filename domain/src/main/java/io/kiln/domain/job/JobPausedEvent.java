package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

@Revision("1")
public record JobPausedEvent(String jobId) {}
