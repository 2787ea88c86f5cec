package io.kiln.command.webhook;

/** Keeps webhook signing secrets outside the event store, in the transaction of the command that sets them. */
public interface WebhookSecretStore {
  void store(String webhookId, String secret);
}
