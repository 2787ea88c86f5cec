package io.kiln.domain.quota;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UserQuotaResetEvent(String userId) {}
