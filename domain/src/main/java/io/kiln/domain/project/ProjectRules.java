package io.kiln.domain.project;

import io.kiln.domain.KilnException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes a project name and description acceptable. */
public final class ProjectRules {
  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_DESCRIPTION_LENGTH = 4000;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._-]+");

  private ProjectRules() {}

  public static void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw KilnException.invalid("name", "is required");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      throw KilnException.invalid("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    if (!NAME.matcher(name).matches()) {
      throw KilnException.invalid("name", "may contain only letters, digits, spaces, '-', '_' and '.'");
    }
    if (!name.strip().equals(name)) {
      throw KilnException.invalid("name", "must not start or end with a space");
    }
  }

  public static void checkDescription(String description) {
    if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
      throw KilnException.invalid("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    if (description != null && description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'
        && c != '\r' && c != '\t')) {
      throw KilnException.invalid("description", "must not contain control characters");
    }
  }

  /** The form under which names are compared: one owner cannot have "Churn" and "churn". */
  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
