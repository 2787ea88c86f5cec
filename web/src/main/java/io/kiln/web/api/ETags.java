package io.kiln.web.api;

import io.kiln.domain.KilnException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Versions as entity tags: {@code ETag: "3"}; {@code If-Match: "3"} makes a change conditional on version 3. */
public final class ETags {
  private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an {@code If-Match} header asks for; {@code null} when there is none or it is {@code *}. */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    Matcher m = TAG.matcher(ifMatch.trim());
    if (!m.matches()) {
      throw KilnException.invalid("If-Match", "must be an entity tag this API gave out, such as \"3\"");
    }
    return Long.parseLong(m.group(1));
  }
}
