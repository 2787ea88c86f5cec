package io.kiln.command.user;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link PasswordVault}. */
public class FakePasswordVault implements PasswordVault {
  final Map<String, String> hashes = new HashMap<>();
  private final Map<String, Link> links = new HashMap<>();

  private record Link(String userId, Instant expiresAt, boolean used) {}

  @Override
  public void store(String userId, String passwordHash, Instant at) {
    hashes.put(userId, passwordHash);
  }

  @Override
  public void createLink(String linkId, String userId, String tokenHash, Instant expiresAt) {
    links.put(tokenHash, new Link(userId, expiresAt, false));
  }

  @Override
  public boolean consumeLink(String tokenHash, String userId, Instant now) {
    Link link = links.get(tokenHash);
    if (link == null || link.used() || !link.userId().equals(userId) || !link.expiresAt().isAfter(now)) {
      return false;
    }
    links.put(tokenHash, new Link(userId, link.expiresAt(), true));
    return true;
  }

  @Override
  public Optional<String> linkHolder(String tokenHash, Instant now) {
    return Optional.ofNullable(links.get(tokenHash)).filter(l -> !l.used() && l.expiresAt().isAfter(now))
        .map(Link::userId);
  }

  @Override
  public Optional<Credentials> credentials(String username) {
    return Optional.empty();
  }
}
