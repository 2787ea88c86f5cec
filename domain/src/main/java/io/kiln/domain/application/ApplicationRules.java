package io.kiln.domain.application;

import io.kiln.domain.KilnException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Subdomains are DNS labels, unique in the workspace; scripts are paths inside the project. */
public final class ApplicationRules {
  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Set<String> RESERVED = Set.of("www", "api", "kiln", "admin", "app", "apps", "sessions");

  private ApplicationRules() {}

  public static void checkSubdomain(String subdomain) {
    if (subdomain == null || !SUBDOMAIN.matcher(subdomain).matches()) {
      throw KilnException.invalid("subdomain", "must be a DNS label: 1–63 lower-case letters, digits or '-', "
          + "not starting or ending with '-'");
    }
    if (RESERVED.contains(subdomain)) {
      throw KilnException.invalid("subdomain", "is reserved");
    }
  }

  public static String subdomainKey(String subdomain) {
    return subdomain.toLowerCase(Locale.ROOT);
  }
}
