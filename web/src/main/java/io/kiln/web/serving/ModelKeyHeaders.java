package io.kiln.web.serving;

import org.springframework.http.HttpHeaders;

/** The model access key of a call: {@code X-Kiln-Model-Key: <key>}, or else {@code Authorization: Bearer <key>}. */
final class ModelKeyHeaders {
  static final String HEADER = "X-Kiln-Model-Key";
  private static final String BEARER = "bearer ";

  private ModelKeyHeaders() {}

  static String of(HttpHeaders headers) {
    String key = headers.getFirst(HEADER);
    if (key != null && !key.isBlank()) {
      return key.trim();
    }
    String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.length() > BEARER.length()
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String bearer = authorization.substring(BEARER.length()).trim();
      return bearer.isEmpty() ? null : bearer;
    }
    return null;
  }
}
