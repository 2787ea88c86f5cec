package io.kiln.query.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail. A record's hash is SHA-256 (hex) over the UTF-8 bytes of
 * {@code prevHash + "\n" + canonicalForm}; the first record's {@code prevHash} is 64 zeros. The canonical form is
 * {@code kiln-audit-v1\n} followed by one line per field, in this order, each {@code name:length:value\n} (length in
 * UTF-16 code units of the value) or {@code name:-\n} for a field without value.
 */
public final class AuditChain {
  public static final String GENESIS = "0".repeat(64);
  private static final String VERSION = "kiln-audit-v1\n";

  private AuditChain() {}

  public static String hash(long seq, String prevHash, AuditContent c) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((prevHash + "\n" + canonicalForm(seq, c)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  public static String canonicalForm(long seq, AuditContent c) {
    StringBuilder out = new StringBuilder(VERSION);
    field(out, "seq", Long.toString(seq));
    field(out, "kind", c.kind());
    field(out, "position", c.position());
    field(out, "refusalId", c.refusalId());
    field(out, "eventId", c.eventId());
    field(out, "occurredAt", c.occurredAt().toString());
    field(out, "actor", c.actor());
    field(out, "action", c.action());
    field(out, "resourceType", c.resourceType());
    field(out, "resourceId", c.resourceId());
    field(out, "projectId", c.projectId());
    field(out, "outcome", c.outcome());
    field(out, "reasonCode", c.reasonCode());
    field(out, "reason", c.reason());
    field(out, "correlationId", c.correlationId());
    field(out, "clientAddress", c.clientAddress());
    field(out, "details", c.details());
    return out.toString();
  }

  private static void field(StringBuilder out, String name, Object value) {
    out.append(name).append(':');
    if (value == null) {
      out.append('-');
    } else {
      String text = value.toString();
      out.append(text.length()).append(':').append(text);
    }
    out.append('\n');
  }
}
