package io.kiln.domain.user;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin creates a one-time link by which the user sets their password; only the token's hash is kept. */
public record CreatePasswordLinkCommand(@TargetAggregateIdentifier UserId userId, String linkId, String tokenHash,
                                        Instant expiresAt) {
  @Override
  public String toString() {
    return "CreatePasswordLinkCommand[userId=" + userId + ", linkId=" + linkId + ", expiresAt=" + expiresAt + "]";
  }
}
