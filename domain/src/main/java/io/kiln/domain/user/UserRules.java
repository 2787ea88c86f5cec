package io.kiln.domain.user;

import io.kiln.domain.KilnException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes a username, an e-mail address and an API key name acceptable. */
public final class UserRules {
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,62}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,253}");
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_KEY_NAME_LENGTH = 100;

  private UserRules() {}

  public static void checkUsername(String username) {
    if (username == null || username.isEmpty()) {
      throw KilnException.invalid("username", "is required");
    }
    if (!USERNAME.matcher(username).matches()) {
      throw KilnException.invalid("username",
          "must be 2–63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
  }

  public static void checkEmail(String email) {
    if (email == null || email.isEmpty()) {
      throw KilnException.invalid("email", "is required");
    }
    if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
      throw KilnException.invalid("email", "must be an e-mail address of at most 254 characters");
    }
  }

  public static void checkKeyName(String name) {
    if (name != null && (name.length() > MAX_KEY_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl))) {
      throw KilnException.invalid("name", "must be at most 100 characters without control characters");
    }
  }

  /** The form under which usernames are compared: case does not distinguish two users. */
  public static String usernameKey(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
