package io.kiln.web.api.user;

import java.time.Instant;

/** Both fields optional: a name to tell keys apart, and when the key stops working. */
public record IssueApiKeyRequest(String name, Instant expiresAt) {}
