package io.kiln.domain.model;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Access keys for calling a model: {@code kmk_} followed by 43 URL-safe characters (256 random bits). Kiln keeps
 * their SHA-256 (as {@link io.kiln.domain.user.ApiKeys#hash}) and a display prefix, never the key.
 */
public final class ModelKeys {
  public static final String PREFIX = "kmk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ModelKeys() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
