package io.kiln.command.model;

import io.kiln.domain.KilnException;
import io.kiln.domain.model.CreateModelAccessKeyCommand;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.UserRules;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape of a model access key as the aggregate receives it: an id, a SHA-256 and a short display prefix. */
final class ModelKeyRules {
  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

  private ModelKeyRules() {}

  static void check(CreateModelAccessKeyCommand command) {
    try {
      UUID.fromString(command.keyId());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw KilnException.invalid("keyId", "must be a UUID");
    }
    if (command.keyHash() == null || !SHA_256_HEX.matcher(command.keyHash()).matches()) {
      throw KilnException.invalid("keyHash", "must be a lower-case hex SHA-256");
    }
    if (command.keyPrefix() == null || command.keyPrefix().isEmpty()
        || command.keyPrefix().length() > ApiKeys.DISPLAY_PREFIX_LENGTH) {
      throw KilnException.invalid("keyPrefix", "must be 1–" + ApiKeys.DISPLAY_PREFIX_LENGTH + " characters");
    }
    UserRules.checkKeyName(command.name());
  }
}
