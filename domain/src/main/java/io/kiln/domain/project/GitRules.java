package io.kiln.domain.project;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.FieldViolation;
import io.kiln.domain.KilnException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What git sources Kiln clones from: {@code https}, {@code http}, {@code ssh} and {@code git} URLs (and the scp-like
 * {@code user@host:path}), {@code file} only where the workspace allows it; never a URL with credentials in it.
 */
public final class GitRules {
  public static final int MAX_URL_LENGTH = 2000;
  public static final int MAX_REF_LENGTH = 255;
  private static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git");
  private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/].*$");
  private static final Pattern BAD_REF = Pattern.compile("[\\s~^:?*\\[\\\\\\p{Cntrl}]|\\.\\.|@\\{|//|^[-/.]|[/.]$"
      + "|\\.lock$");

  private GitRules() {}

  public static void check(GitSource git, boolean allowFileUrls) {
    String url = git.url();
    if (url == null || url.isBlank()) {
      throw refused("is required");
    }
    if (url.length() > MAX_URL_LENGTH || url.chars().anyMatch(c -> Character.isWhitespace(c)
        || Character.isISOControl(c))) {
      throw refused("must be a URL of at most " + MAX_URL_LENGTH + " characters, without spaces");
    }
    if (!SCP_LIKE.matcher(url).matches()) {
      checkUri(url, allowFileUrls);
    }
    checkRef(git.ref());
  }

  private static void checkUri(String url, boolean allowFileUrls) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw refused("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      if (!allowFileUrls) {
        throw refused("file URLs are not allowed in this workspace (KILN_GIT_ALLOW_FILE_URLS)");
      }
      return;
    }
    if (!SCHEMES.contains(scheme)) {
      throw refused("must be an https, http, ssh or git URL");
    }
    String userInfo = uri.getRawUserInfo();
    boolean hasCredentials = userInfo != null && (userInfo.contains(":") || scheme.startsWith("http"));
    if (hasCredentials) {
      throw new KilnException(ErrorCode.GIT_URL_HAS_CREDENTIALS,
          "git.url: must not hold credentials (user:password@ or a token); Kiln records the URL in its history",
          List.of(new FieldViolation("git.url", "must not hold credentials")));
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw refused("must name a host");
    }
  }

  private static void checkRef(String ref) {
    if (ref == null) {
      return;
    }
    if (ref.isEmpty() || ref.length() > MAX_REF_LENGTH || BAD_REF.matcher(ref).find()) {
      throw KilnException.invalid("git.ref", "must be a branch, tag or commit name of at most " + MAX_REF_LENGTH
          + " characters");
    }
  }

  private static KilnException refused(String why) {
    return new KilnException(ErrorCode.GIT_URL_REFUSED, "git.url: " + why,
        List.of(new FieldViolation("git.url", why)));
  }
}
