package io.kiln.domain.user;

/** Who holds the key with this hash, if it is issued, unexpired and unrevoked. */
public record AuthenticateApiKeyQuery(String keyHash) {}
