package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceProfileRetiredEvent(String profileId) {}
