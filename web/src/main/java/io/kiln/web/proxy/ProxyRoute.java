package io.kiln.web.proxy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request path Kiln proxies: {@code /sessions/<id>/...} or {@code /apps/<subdomain>/...}. */
record ProxyRoute(Kind kind, String name, String prefix, String rest) {
  enum Kind { SESSION, APPLICATION }

  private static final Pattern PATH = Pattern.compile("^/(sessions|apps)/([A-Za-z0-9-]{1,64})(/.*)?$");

  static Optional<ProxyRoute> of(String path) {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = m.group(1).equals("sessions") ? Kind.SESSION : Kind.APPLICATION;
    String prefix = "/" + m.group(1) + "/" + m.group(2);
    return Optional.of(new ProxyRoute(kind, m.group(2), prefix, m.group(3)));
  }

  /** The path the workload sees: the whole path when it serves under the prefix, else what follows the prefix. */
  String target(boolean keepsPrefix) {
    String rest = this.rest == null ? "/" : this.rest;
    return keepsPrefix ? prefix + rest : rest;
  }
}
