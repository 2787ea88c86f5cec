package io.kiln.domain.workload;

import io.kiln.domain.KilnException;
import java.util.Map;
import java.util.regex.Pattern;

/** Environment variables a workload is started with: POSIX names, bounded sizes, no control characters. */
public final class EnvironmentRules {
  public static final int MAX_VARIABLES = 100;
  public static final int MAX_VALUE_LENGTH = 4096;
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private EnvironmentRules() {}

  public static void check(String field, Map<String, String> environment) {
    if (environment == null) {
      return;
    }
    if (environment.size() > MAX_VARIABLES) {
      throw KilnException.invalid(field, "may hold at most " + MAX_VARIABLES + " variables");
    }
    environment.forEach((name, value) -> {
      if (name == null || !NAME.matcher(name).matches()) {
        throw KilnException.invalid(field, "variable names are letters, digits and '_', not starting with a digit");
      }
      if (value == null || value.length() > MAX_VALUE_LENGTH
          || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
        throw KilnException.invalid(field + "." + name, "must be at most " + MAX_VALUE_LENGTH
            + " characters without control characters");
      }
    });
  }
}
