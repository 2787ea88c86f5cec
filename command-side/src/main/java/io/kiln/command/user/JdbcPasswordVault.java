package io.kiln.command.user;

import io.kiln.domain.user.UserRules;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcPasswordVault implements PasswordVault {
  private final JdbcTemplate jdbc;

  JdbcPasswordVault(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(String userId, String passwordHash, Instant at) {
    jdbc.update("insert into eventstore.user_password (user_id, password_hash, set_at) values (?, ?, ?) "
        + "on conflict (user_id) do update set password_hash = excluded.password_hash, set_at = excluded.set_at",
        userId, passwordHash, Timestamp.from(at));
  }

  @Override
  public void createLink(String linkId, String userId, String tokenHash, Instant expiresAt) {
    jdbc.update("insert into eventstore.password_link (link_id, user_id, token_hash, expires_at) values (?, ?, ?, ?) "
        + "on conflict (link_id) do nothing", linkId, userId, tokenHash, Timestamp.from(expiresAt));
  }

  @Override
  public boolean consumeLink(String tokenHash, String userId, Instant now) {
    return jdbc.update("update eventstore.password_link set used_at = ? where token_hash = ? and user_id = ? "
        + "and used_at is null and expires_at > ?", Timestamp.from(now), tokenHash, userId, Timestamp.from(now)) == 1;
  }

  @Override
  public Optional<String> linkHolder(String tokenHash, Instant now) {
    return jdbc.queryForList("select user_id from eventstore.password_link where token_hash = ? and used_at is null "
        + "and expires_at > ?", String.class, tokenHash, Timestamp.from(now)).stream().findFirst();
  }

  @Override
  public Optional<Credentials> credentials(String username) {
    return jdbc.query("select p.user_id, p.password_hash from eventstore.user_password p "
            + "join eventstore.user_directory d on d.user_id = p.user_id where d.username_key = ?",
            (rs, row) -> new Credentials(rs.getString(1), rs.getString(2)), UserRules.usernameKey(username))
        .stream().findFirst();
  }
}
