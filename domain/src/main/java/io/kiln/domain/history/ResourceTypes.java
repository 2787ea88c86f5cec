package io.kiln.domain.history;

import java.util.Locale;
import java.util.regex.Pattern;

/** Resource types in URLs and audit records are aggregate types in lower case: {@code project}, {@code user}. */
public final class ResourceTypes {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private ResourceTypes() {}

  public static String of(String aggregateType) {
    return aggregateType == null ? null : aggregateType.toLowerCase(Locale.ROOT);
  }

  public static boolean plausible(String type) {
    return type != null && TYPE.matcher(type).matches();
  }
}
