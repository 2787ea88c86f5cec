package io.kiln.integrations.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Kiln-Signature: sha256=<hex>}: HMAC-SHA256 with the webhook's secret over
 * {@code <X-Kiln-Timestamp>.<body>}, the timestamp in Unix seconds. Receivers recompute it, compare in constant
 * time, and refuse old timestamps to stop replays.
 */
public final class WebhookSignatures {
  public static final String PREFIX = "sha256=";

  private WebhookSignatures() {}

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 missing from this JVM", e);
    }
  }
}
