package io.kiln.web.proxy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request path Kiln proxies: {@code /sessions/<id>/...} or {@code /apps/<subdomain>/...}. */
record ProxyRoute(Kind kind, String name, String prefix, String rest) {
  enum Kind { SESSION, APPLICATION }

  private static final Pattern PATH = Pattern.compile("^/(sessions|apps)/([A-Za-z0-9-]{1,64})(/.*)?$");
  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9-]{1,63}");

  static Optional<ProxyRoute> of(String path) {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = m.group(1).equals("sessions") ? Kind.SESSION : Kind.APPLICATION;
    String prefix = "/" + m.group(1) + "/" + m.group(2);
    return Optional.of(new ProxyRoute(kind, m.group(2), prefix, m.group(3)));
  }

  /**
   * An application on its own host, {@code <subdomain>.<appsDomain>}, when that name resolves to Kiln: the whole path
   * is the application's. Empty for any other host, or when no apps domain is set.
   */
  static Optional<ProxyRoute> ofHost(String host, String path, String appsDomain) {
    if (host == null || appsDomain == null || appsDomain.isBlank()) {
      return Optional.empty();
    }
    String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    String suffix = "." + appsDomain.toLowerCase(Locale.ROOT);
    if (!name.endsWith(suffix)) {
      return Optional.empty();
    }
    String subdomain = name.substring(0, name.length() - suffix.length());
    return SUBDOMAIN.matcher(subdomain).matches()
        ? Optional.of(new ProxyRoute(Kind.APPLICATION, subdomain, "", path.isEmpty() ? "/" : path))
        : Optional.empty();
  }

  /** The path the workload sees: the whole path when it serves under the prefix, else what follows the prefix. */
  String target(boolean keepsPrefix) {
    String rest = this.rest == null ? "/" : this.rest;
    return keepsPrefix ? prefix + rest : rest;
  }
}
