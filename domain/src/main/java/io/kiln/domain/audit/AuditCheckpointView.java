package io.kiln.domain.audit;

import java.time.Instant;

/**
 * A signed statement that the chain had {@code hash} at record {@code seq}: Ed25519 over
 * {@code kiln-audit-checkpoint:v1|<seq>|<hash>|<signedAt>}, by the key with id {@code keyId}.
 */
public record AuditCheckpointView(long seq, String hash, Instant signedAt, String keyId, String signature) {

  public static String signedText(long seq, String hash, Instant signedAt) {
    return "kiln-audit-checkpoint:v1|" + seq + "|" + hash + "|" + signedAt;
  }
}
