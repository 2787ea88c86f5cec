package io.kiln.domain.user;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ApiKeyRevokedEvent(String userId, String keyId) {}
