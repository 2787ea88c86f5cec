package io.kiln.domain.webhook;

import io.kiln.domain.KilnException;
import io.kiln.domain.user.ApiKeys;
import java.security.SecureRandom;
import java.util.Base64;

/** Webhook signing secrets: chosen by the subscriber (16–256 printable characters) or made up by Kiln. */
public final class WebhookSecrets {
  public static final String PREFIX = "whsec_";
  public static final int MIN_LENGTH = 16;
  public static final int MAX_LENGTH = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static void check(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH
        || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw KilnException.invalid("secret", "must be " + MIN_LENGTH + "–" + MAX_LENGTH
          + " printable characters without spaces");
    }
  }

  /** Tells secrets apart without revealing them: the first 12 hex digits of their SHA-256. */
  public static String fingerprint(String secret) {
    return ApiKeys.hash(secret).substring(0, 12);
  }
}
