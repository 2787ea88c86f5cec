package io.kiln.infra.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the configured Ed25519 private key (PKCS#8 PEM, as {@code openssl genpkey -algorithm ed25519} writes it), or
 * the one Kiln generated earlier under its home, or generates that one (readable by its owner only).
 */
public final class CheckpointKeys {
  private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);
  private static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private CheckpointKeys() {}

  public static CheckpointKey load(Path configured, Path home) {
    Path file = configured != null ? configured : home.resolve("audit").resolve("checkpoint-signing-key.pem");
    try {
      if (configured == null && !Files.exists(file)) {
        generate(file);
      }
      PrivateKey key = KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode("PRIVATE KEY", Files.readString(file))));
      CheckpointKey loaded = new CheckpointKey(key, publicKeyOf(key));
      log.info("Audit checkpoints are signed with Ed25519 key {} from {}", loaded.id(), file);
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit signing key " + file, e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("KILN_AUDIT_SIGNING_KEY must name an Ed25519 private key in PKCS#8 PEM form: "
          + file, e);
    }
  }

  private static void generate(Path file) throws IOException, GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system
    }
    Files.writeString(temp, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    Files.move(temp, file);
    log.info("Generated the audit checkpoint signing key {}", file);
  }

  /** The JDK cannot derive an Ed25519 public key from a private one; BouncyCastle can. */
  static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
    byte[] raw = ((EdECPrivateKey) key).getBytes().orElseThrow(() -> new GeneralSecurityException("opaque key"));
    byte[] publicRaw = new Ed25519PrivateKeyParameters(raw, 0).generatePublicKey().getEncoded();
    byte[] der = new byte[X509_ED25519_PREFIX.length + publicRaw.length];
    System.arraycopy(X509_ED25519_PREFIX, 0, der, 0, X509_ED25519_PREFIX.length);
    System.arraycopy(publicRaw, 0, der, X509_ED25519_PREFIX.length, publicRaw.length);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
  }
}
