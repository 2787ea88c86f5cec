package io.kiln.k8s.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value, stored before the ciphertext. The value's reference is the
 * associated data: a sealed value moved to another reference does not open.
 */
public final class SecretCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;

  public SecretCipher(SecretKey key) {
    this.key = key;
  }

  public byte[] seal(String reference, String value) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, reference, value.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  public String open(String reference, byte[] sealed) {
    byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
    return new String(run(Cipher.DECRYPT_MODE, nonce, reference, body), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String reference, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"),
          e);
    }
  }
}
