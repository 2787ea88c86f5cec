package io.kiln.query;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page tokens for keyset paging: the sort key and id of the last item of the previous page. Clients pass them
 * back unchanged; anything else is refused.
 */
public final class PageTokens {
  private static final String SEPARATOR = "\u001f";
  private static final int MAX_TOKEN_LENGTH = 2048;

  private PageTokens() {}

  public static String encode(String sortKey, String id) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((sortKey + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key and id a token carries, or {@code null} for the first page. */
  public static List<String> decode(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      if (token.length() > MAX_TOKEN_LENGTH) {
        throw new IllegalArgumentException("too long");
      }
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int at = decoded.lastIndexOf(SEPARATOR);
      if (at < 0) {
        throw new IllegalArgumentException("no separator");
      }
      return List.of(decoded.substring(0, at), decoded.substring(at + 1));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public static KilnException invalid() {
    return new KilnException(ErrorCode.INVALID_PAGE_TOKEN, "pageToken is not a token this API gave out");
  }

  /** A {@code LIKE} pattern matching values that contain {@code text}, wildcards in it taken literally. */
  public static String containsPattern(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
