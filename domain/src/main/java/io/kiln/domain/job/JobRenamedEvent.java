package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

@Revision("1")
public record JobRenamedEvent(String jobId, String name) {}
