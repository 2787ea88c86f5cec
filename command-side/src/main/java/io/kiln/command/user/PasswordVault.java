package io.kiln.command.user;

import java.time.Instant;
import java.util.Optional;

/** Password hashes and one-time link hashes, kept apart from the events (written in the command's transaction). */
public interface PasswordVault {
  void store(String userId, String passwordHash, Instant at);

  void createLink(String linkId, String userId, String tokenHash, Instant expiresAt);

  /** Uses the link up if it is this user's, unused and unexpired; whether it was. */
  boolean consumeLink(String tokenHash, String userId, Instant now);

  /** Whose usable link this is. */
  Optional<String> linkHolder(String tokenHash, Instant now);

  Optional<Credentials> credentials(String username);

  /** A user's id and password hash. */
  record Credentials(String userId, String passwordHash) {}
}
