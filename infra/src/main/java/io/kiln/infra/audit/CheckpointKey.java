package io.kiln.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/** Kiln's Ed25519 checkpoint key: signs checkpoints, verifies them, and names itself by a fingerprint. */
public final class CheckpointKey {
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String id;

  CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.id = fingerprint(publicKey);
  }

  public String id() {
    return id;
  }

  public String publicKeyPem() {
    return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
  }

  public String sign(String text) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign an audit checkpoint", e);
    }
  }

  public boolean verifies(String text, String signatureBase64) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(publicKey);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(signatureBase64));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  static String fingerprint(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
