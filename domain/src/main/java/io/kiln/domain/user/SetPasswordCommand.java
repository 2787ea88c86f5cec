package io.kiln.domain.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set a user's password, given only as its hash (BCrypt). With {@code linkTokenHash} the holder of a one-time link sets
 * it; the link is used up in the same transaction. Neither hash ever reaches an event.
 */
public record SetPasswordCommand(@TargetAggregateIdentifier UserId userId, String passwordHash, String linkTokenHash) {
  @Override
  public String toString() {
    return "SetPasswordCommand[userId=" + userId + ", viaLink=" + (linkTokenHash != null) + "]";
  }
}
