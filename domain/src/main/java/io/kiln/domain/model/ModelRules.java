package io.kiln.domain.model;

import io.kiln.domain.KilnException;
import io.kiln.domain.workload.ScriptPaths;
import io.kiln.domain.workload.WorkloadNames;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A model is named like other workloads (unique in its project, whatever the case) and served by a function in a file
 * of the project.
 */
public final class ModelRules {
  public static final int MAX_DESCRIPTION_LENGTH = 4000;
  private static final Pattern FUNCTION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final int IMAGE_NAME_LENGTH = 63;

  private ModelRules() {}

  public static void check(String name, String description, String file, String function) {
    WorkloadNames.check("name", name, true);
    checkDescription(description);
    ScriptPaths.check("file", file);
    if (function == null || !FUNCTION.matcher(function).matches()) {
      throw KilnException.invalid("function", "must be a function name: letters, digits and '_', not starting "
          + "with a digit");
    }
  }

  public static void checkDescription(String description) {
    if (description != null && (description.length() > MAX_DESCRIPTION_LENGTH
        || description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'))) {
      throw KilnException.invalid("description", "must be at most " + MAX_DESCRIPTION_LENGTH
          + " characters without control characters");
    }
  }

  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The image repository a model's builds push to: its name in lower case, other characters as '-'. */
  public static String imageName(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    slug = trim(slug);
    if (slug.length() > IMAGE_NAME_LENGTH) {
      slug = trim(slug.substring(0, IMAGE_NAME_LENGTH));
    }
    return slug.isEmpty() ? "model" : slug;
  }

  private static String trim(String slug) {
    return slug.replaceAll("^[^a-z0-9]+", "").replaceAll("[^a-z0-9]+$", "");
  }
}
