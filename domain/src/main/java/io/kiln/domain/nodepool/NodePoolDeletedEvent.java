package io.kiln.domain.nodepool;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NodePoolDeletedEvent(String name) {}
