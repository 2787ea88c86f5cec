package io.kiln.domain.build;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BuildReleasedEvent(String queueId, String buildId) {}
