package io.kiln.command.user;

import io.kiln.domain.user.UserRules;
import java.util.HashMap;
import java.util.Map;

/** An in-memory {@link UserDirectory}: user ids with their usernames. */
public class FakeUserDirectory implements UserDirectory {
  private final Map<String, String> usernameKeysById = new HashMap<>();

  public FakeUserDirectory withUser(String userId, String username) {
    usernameKeysById.put(userId, UserRules.usernameKey(username));
    return this;
  }

  @Override
  public boolean exists(String userId) {
    return usernameKeysById.containsKey(userId);
  }

  @Override
  public boolean usernameTaken(String username) {
    return usernameKeysById.containsValue(UserRules.usernameKey(username));
  }

  @Override
  public boolean isEmpty() {
    return usernameKeysById.isEmpty();
  }
}
