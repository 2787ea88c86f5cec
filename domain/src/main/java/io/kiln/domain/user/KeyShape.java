package io.kiln.domain.user;

import io.kiln.domain.KilnException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape of an issued key (a user's API key or a model's access key) as an aggregate receives it: an id, a
 * SHA-256 and a short display prefix, with a name.
 */
public final class KeyShape {
  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

  private KeyShape() {}

  public static void check(String keyId, String keyHash, String keyPrefix, String name) {
    try {
      UUID.fromString(keyId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw KilnException.invalid("keyId", "must be a UUID");
    }
    if (keyHash == null || !SHA_256_HEX.matcher(keyHash).matches()) {
      throw KilnException.invalid("keyHash", "must be a lower-case hex SHA-256");
    }
    if (keyPrefix == null || keyPrefix.isEmpty() || keyPrefix.length() > ApiKeys.DISPLAY_PREFIX_LENGTH) {
      throw KilnException.invalid("keyPrefix", "must be 1–" + ApiKeys.DISPLAY_PREFIX_LENGTH + " characters");
    }
    UserRules.checkKeyName(name);
  }
}
