package io.kiln.domain.user;

import io.kiln.domain.KilnException;

/** What makes a password acceptable. */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw KilnException.invalid("password", "must be " + MIN_LENGTH + "–" + MAX_LENGTH + " characters long");
    }
  }
}
