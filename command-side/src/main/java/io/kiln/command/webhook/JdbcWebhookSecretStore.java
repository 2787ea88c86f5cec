package io.kiln.command.webhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcWebhookSecretStore implements WebhookSecretStore {
  private final JdbcTemplate jdbc;

  JdbcWebhookSecretStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(String webhookId, String secret) {
    jdbc.update("""
        insert into eventstore.webhook_secret (webhook_id, secret) values (?, ?)
        on conflict (webhook_id) do update set secret = excluded.secret""", webhookId, secret);
  }
}
