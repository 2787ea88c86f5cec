package io.kiln.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * API key secrets: {@code kiln_} followed by 43 URL-safe characters (256 random bits). Kiln keeps only the SHA-256
 * of a key; a key is high-entropy, so a slow password hash adds nothing.
 */
public final class ApiKeys {
  public static final String PREFIX = "kiln_";
  public static final int DISPLAY_PREFIX_LENGTH = 12;
  public static final int MIN_LENGTH = 20;
  public static final int MAX_LENGTH = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  /** The start of a key, safe to show in listings so that people can tell their keys apart. */
  public static String displayPrefix(String secret) {
    return secret.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, secret.length()));
  }

  /** A key id derived from the key itself, so that issuing the same configured key twice is one key. */
  public static String idFor(String secret) {
    return UUID.nameUUIDFromBytes(hash(secret).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static boolean plausible(String secret) {
    return secret != null && secret.length() >= MIN_LENGTH && secret.length() <= MAX_LENGTH
        && secret.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
