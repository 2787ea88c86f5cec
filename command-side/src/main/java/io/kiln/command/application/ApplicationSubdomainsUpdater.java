package io.kiln.command.application;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationRules;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.APPLICATION_SUBDOMAINS)
class ApplicationSubdomainsUpdater {
  private final JdbcTemplate jdbc;

  ApplicationSubdomainsUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ApplicationCreatedEvent e) {
    try {
      jdbc.update("insert into eventstore.application_subdomain (subdomain, application_id) values (?, ?)",
          ApplicationRules.subdomainKey(e.subdomain()), e.applicationId());
    } catch (DuplicateKeyException duplicate) {
      throw new KilnException(ErrorCode.SUBDOMAIN_TAKEN, "Subdomain " + e.subdomain() + " is in use");
    }
  }

  @EventHandler
  void on(ApplicationDeletedEvent e) {
    jdbc.update("delete from eventstore.application_subdomain where application_id = ?", e.applicationId());
  }
}
