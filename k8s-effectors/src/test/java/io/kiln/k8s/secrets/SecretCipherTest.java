package io.kiln.k8s.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
  private static final String REF = "5e6f7a8b-0000-4000-8000-00000000000c";
  private final SecretCipher cipher = new SecretCipher(new SecretKeySpec(new byte[32], "AES"));

  @Test
  void aSealedValueOpensUnderItsReferenceAndHidesThePlaintext() {
    byte[] sealed = cipher.seal(REF, "hunter2-hunter2");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
    assertThat(cipher.open(REF, sealed)).isEqualTo("hunter2-hunter2");
  }

  @Test
  void theSameValueSealsDifferentlyEachTime() {
    assertThat(cipher.seal(REF, "same")).isNotEqualTo(cipher.seal(REF, "same"));
  }

  @Test
  void aValueMovedToAnotherReferenceOrTamperedWithDoesNotOpen() {
    byte[] sealed = cipher.seal(REF, "value");
    assertThatThrownBy(() -> cipher.open("another-reference", sealed)).isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.open(REF, sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyDoesNotOpenIt() {
    byte[] other = new byte[32];
    other[0] = 1;
    byte[] sealed = cipher.seal(REF, "value");
    assertThatThrownBy(() -> new SecretCipher(new SecretKeySpec(other, "AES")).open(REF, sealed))
        .isInstanceOf(IllegalStateException.class);
  }
}
