package io.kiln.web.cqrs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Turns what the command and query buses throw into the refusals the API reports. */
final class Failures {
  private static final List<Map.Entry<String, ErrorCode>> NOT_FOUND_BY_NAME = List.of(
      Map.entry("NodePool", ErrorCode.NODE_POOL_NOT_FOUND),
      Map.entry("Runtime", ErrorCode.RUNTIME_NOT_FOUND),
      Map.entry("ResourceProfile", ErrorCode.RESOURCE_PROFILE_NOT_FOUND),
      Map.entry("Session", ErrorCode.SESSION_NOT_FOUND),
      Map.entry("Application", ErrorCode.APPLICATION_NOT_FOUND),
      Map.entry("JobRun", ErrorCode.JOB_RUN_NOT_FOUND),
      Map.entry("Build", ErrorCode.BUILD_NOT_FOUND),
      Map.entry("Deployment", ErrorCode.DEPLOYMENT_NOT_FOUND),
      Map.entry("Model", ErrorCode.MODEL_NOT_FOUND),
      Map.entry("Job", ErrorCode.JOB_NOT_FOUND),
      Map.entry("Project", ErrorCode.PROJECT_NOT_FOUND),
      Map.entry("Collaborator", ErrorCode.PROJECT_NOT_FOUND),
      Map.entry("Webhook", ErrorCode.WEBHOOK_NOT_FOUND),
      Map.entry("Integration", ErrorCode.INTEGRATION_NOT_FOUND),
      Map.entry("User", ErrorCode.USER_NOT_FOUND),
      Map.entry("ApiKey", ErrorCode.USER_NOT_FOUND));

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

  /** Which resource a command names that does not exist, by the command's name. */
  private static ErrorCode notFoundCode(Object message) {
    String name = message.getClass().getSimpleName();
    for (var entry : NOT_FOUND_BY_NAME) {
      if (name.contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    return ErrorCode.NOT_FOUND;
  }
}
