package io.kiln.web.cqrs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Turns what the command and query buses throw into the refusals the API reports. */
final class Failures {
  private Failures() {}

  /** A refused command comes back marked as recorded, for the audit trail keeps it already. */
  static Throwable translateCommand(Throwable error, Object command) {
    Throwable translated = translate(error, command);
    boolean handled = false;
    for (Throwable t = error; t != null; t = t.getCause()) {
      handled |= t instanceof KilnException || t instanceof AggregateNotFoundException
          || t instanceof ConflictingAggregateVersionException || t instanceof CommandExecutionException;
    }
    return handled && translated instanceof KilnException k ? new CommandRefusedException(k) : translated;
  }

  static Throwable translate(Throwable error, Object message) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof KilnException) {
        return t;
      }
      if (t instanceof CommandExecutionException cee && cee.getDetails().orElse(null) instanceof ErrorCode code) {
        return new KilnException(code, cee.getMessage());
      }
      if (t instanceof AggregateNotFoundException) {
        return new KilnException(notFoundCode(message), notFoundCode(message).title());
      }
      if (t instanceof ConflictingAggregateVersionException) {
        return new KilnException(ErrorCode.CONCURRENT_MODIFICATION,
            "The resource changed since you read it; read it again and retry");
      }
      if (t instanceof AggregateStreamCreationException || isDuplicateAggregate(t)) {
        return new KilnException(ErrorCode.ALREADY_EXISTS, "It already exists");
      }
      if (t instanceof ConcurrencyException) {
        return new KilnException(ErrorCode.CONCURRENT_MODIFICATION, "The resource was changed concurrently; retry");
      }
      if (t instanceof TimeoutException) {
        return new KilnException(ErrorCode.UNAVAILABLE, "Kiln did not answer in time; try again");
      }
    }
    return error;
  }

  private static boolean isDuplicateAggregate(Throwable t) {
    return t instanceof EventStoreException && t.getMessage() != null
        && t.getMessage().contains("Cannot reuse aggregate identifier");
  }

  private static ErrorCode notFoundCode(Object message) {
    String type = message.getClass().getPackageName();
    if (type.endsWith(".project")) {
      return ErrorCode.PROJECT_NOT_FOUND;
    }
    if (type.endsWith(".user")) {
      return ErrorCode.USER_NOT_FOUND;
    }
    if (type.endsWith(".webhook")) {
      return ErrorCode.WEBHOOK_NOT_FOUND;
    }
    if (type.endsWith(".integration")) {
      return ErrorCode.INTEGRATION_NOT_FOUND;
    }
    return ErrorCode.NOT_FOUND;
  }
}
