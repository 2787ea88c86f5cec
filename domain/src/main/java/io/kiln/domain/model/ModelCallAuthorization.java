package io.kiln.domain.model;

/**
 * The answer to {@link AuthorizeModelCallQuery}: {@code keyId} names the key that allowed it; {@code reason} says why
 * a call is refused.
 */
public record ModelCallAuthorization(boolean allowed, boolean accessKeyRequired, String keyId, String reason) {}
