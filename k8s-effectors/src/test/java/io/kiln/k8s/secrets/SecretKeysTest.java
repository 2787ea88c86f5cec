package io.kiln.k8s.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {
  @TempDir
  Path home;

  @Test
  void theConfiguredKeyIsUsedAndNoFileIsWritten() {
    byte[] key = new byte[32];
    key[5] = 42;
    assertThat(SecretKeys.load(Base64.getEncoder().encodeToString(key), home).getEncoded()).isEqualTo(key);
    assertThat(home.resolve(SecretKeys.FILE)).doesNotExist();
  }

  @Test
  void aConfiguredKeyOfTheWrongSizeOrNotBase64IsRefused() {
    assertThatThrownBy(() -> SecretKeys.load(Base64.getEncoder().encodeToString(new byte[16]), home))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> SecretKeys.load("not base64!", home)).hasMessageContaining("base64");
  }

  @Test
  void withoutOneAKeyIsGeneratedOnceReadableByItsOwnerOnly() throws Exception {
    Path nested = home.resolve("fresh");
    byte[] first = SecretKeys.load(null, nested).getEncoded();
    Path file = nested.resolve(SecretKeys.FILE);
    assertThat(first).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(SecretKeys.load("", nested).getEncoded()).isEqualTo(first);
  }

  @Test
  void aDamagedKeyFileIsRefusedRatherThanReplaced() throws Exception {
    Files.writeString(home.resolve(SecretKeys.FILE), "short");
    assertThatThrownBy(() -> SecretKeys.load(null, home)).hasMessageContaining(SecretKeys.FILE);
    assertThat(Files.readString(home.resolve(SecretKeys.FILE))).isEqualTo("short");
  }
}
