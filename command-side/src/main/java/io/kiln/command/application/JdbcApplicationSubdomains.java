package io.kiln.command.application;

import io.kiln.domain.application.ApplicationRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcApplicationSubdomains implements ApplicationSubdomains {
  private final JdbcTemplate jdbc;

  JdbcApplicationSubdomains(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean taken(String subdomain) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from eventstore.application_subdomain "
        + "where subdomain = ?)", Boolean.class, ApplicationRules.subdomainKey(subdomain)));
  }
}
