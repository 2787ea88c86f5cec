package io.kiln.command.job;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/** A command with the metadata the API attaches, for the given phase of a fixture. */
final class Sent {
  private Sent() {}

  static CommandMessage<?> by(Map<String, ?> actor, Object command) {
    return GenericCommandMessage.asCommandMessage(command).andMetaData(actor);
  }
}
