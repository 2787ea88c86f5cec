package io.kiln.command.user;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserRules;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.USER_DIRECTORY)
class UserDirectoryUpdater {
  private final JdbcTemplate jdbc;

  UserDirectoryUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(UserCreatedEvent event) {
    try {
      jdbc.update("insert into eventstore.user_directory (user_id, username_key) values (?, ?)",
          event.userId(), UserRules.usernameKey(event.username()));
    } catch (DuplicateKeyException e) {
      throw new KilnException(ErrorCode.USERNAME_TAKEN, "Username " + event.username() + " is already in use");
    }
  }
}
