package io.kiln.k8s.secrets;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The effectors' secret store: values people gave as secrets, sealed with {@link SecretCipher}, under references that
 * commands and events carry instead of the values. Blocking: call it from a worker thread.
 */
@Component
public class SecretStore {
  private final JdbcTemplate jdbc;
  private final SecretCipher cipher;

  SecretStore(JdbcTemplate jdbc, SecretCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** Keeps {@code value} for the workload {@code ownerId}; returns its reference. */
  public String put(String ownerId, String value) {
    String reference = UUID.randomUUID().toString();
    jdbc.update("insert into eventstore.secret_value (reference, owner_id, sealed) values (?, ?, ?)", reference,
        ownerId, cipher.seal(reference, value));
    return reference;
  }

  public Optional<String> reveal(String reference) {
    return jdbc.query("select sealed from eventstore.secret_value where reference = ?",
        (rs, n) -> cipher.open(reference, rs.getBytes(1)), reference).stream().findFirst();
  }

  /** Forgets every value kept for {@code ownerId}, e.g. when the request that gave them was refused. */
  public void discard(String ownerId) {
    jdbc.update("delete from eventstore.secret_value where owner_id = ?", ownerId);
  }
}
