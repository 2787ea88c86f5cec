package io.kiln.domain.session;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionRunningEvent(String sessionId, String url) {}
