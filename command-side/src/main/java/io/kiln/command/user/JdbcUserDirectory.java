package io.kiln.command.user;

import io.kiln.domain.user.UserRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcUserDirectory implements UserDirectory {
  private final JdbcTemplate jdbc;

  JdbcUserDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String userId) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select exists(select 1 from eventstore.user_directory where user_id = ?)", Boolean.class, userId));
  }

  @Override
  public boolean usernameTaken(String username) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select exists(select 1 from eventstore.user_directory where username_key = ?)", Boolean.class,
        UserRules.usernameKey(username)));
  }

  @Override
  public boolean isEmpty() {
    return !Boolean.TRUE.equals(jdbc.queryForObject(
        "select exists(select 1 from eventstore.user_directory)", Boolean.class));
  }
}
