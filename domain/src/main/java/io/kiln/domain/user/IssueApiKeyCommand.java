package io.kiln.domain.user;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a key whose secret the caller generated; only its hash and display prefix reach the aggregate. */
public record IssueApiKeyCommand(@TargetAggregateIdentifier UserId userId, String keyId, String name,
                                 String keyHash, String keyPrefix, Instant expiresAt) {}
