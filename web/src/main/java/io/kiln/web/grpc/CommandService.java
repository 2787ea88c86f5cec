package io.kiln.web.grpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grpc.stub.StreamObserver;
import io.kiln.command.refusal.RefusalLog;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.audit.CommandRefusal;
import io.kiln.infra.events.MessageTypes;
import io.kiln.infra.events.StoredEvents;
import io.kiln.web.ApiProperties;
import io.kiln.web.grpc.IntegrationAuthentication.Caller;
import io.kiln.web.grpc.v1.CommandsGrpc;
import io.kiln.web.grpc.v1.SendCommandRequest;
import io.kiln.web.grpc.v1.SendCommandResponse;
import java.lang.reflect.RecordComponent;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * {@code Commands.Send}: a command of the caller's command scope, as JSON, sent with the integration as actor
 * ({@code system:integration:<name>}). An integration scoped to projects may only send commands about them. Every
 * refusal is in the audit trail: here when it is refused before reaching its handler, else by the handler's.
 */
@Component
class CommandService extends CommandsGrpc.CommandsImplBase {
  private static final int MAX_PAYLOAD = 1024 * 1024;
  private final CommandGateway commands;
  private final MessageTypes types;
  private final RefusalLog refusals;
  private final ApiProperties api;

  CommandService(CommandGateway commands, MessageTypes types, RefusalLog refusals, ApiProperties api) {
    this.commands = commands;
    this.types = types;
    this.refusals = refusals;
    this.api = api;
  }

  @Override
  public void send(SendCommandRequest request, StreamObserver<SendCommandResponse> responses) {
    Caller caller = IntegrationAuthentication.CALLER.get();
    String correlationId = request.getCorrelationId().isEmpty() ? UUID.randomUUID().toString()
        : request.getCorrelationId();
    Object command;
    try {
      command = decode(caller, request);
    } catch (KilnException refused) {
      refusals.record(new CommandRefusal(GenericEventMessage.clock.instant(), caller.actor(),
          request.getType().isEmpty() ? "Commands.Send" : request.getType(), null, null, null, refused.code(),
          refused.getMessage(), correlationId, caller.address()));
      responses.onError(GrpcErrors.of(refused));
      return;
    }
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, caller.actor())
        .and(MetadataKeys.ACTOR_ROLE, "admin")
        .and(MetadataKeys.CORRELATION_ID, correlationId);
    if (caller.address() != null) {
      metaData = metaData.and(MetadataKeys.CLIENT_ADDRESS, caller.address());
    }
    try {
      Object result = commands.send(command, metaData).get(api.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
      responses.onNext(SendCommandResponse.newBuilder().setResultJson(StoredEvents.json(result)).build());
      responses.onCompleted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      responses.onError(GrpcErrors.refused(ErrorCode.UNAVAILABLE, "interrupted"));
    } catch (Exception e) {
      responses.onError(GrpcErrors.of(refusal(e)));
    }
  }

  private Object decode(Caller caller, SendCommandRequest request) {
    if (!caller.integration().commands().allows(request.getType())) {
      throw KilnException.forbidden("This integration may not send " + request.getType());
    }
    Class<?> type = types.command(request.getType())
        .orElseThrow(() -> KilnException.invalid("type", "is not a command Kiln knows"));
    if (request.getPayloadJson().length() > MAX_PAYLOAD) {
      throw new KilnException(ErrorCode.PAYLOAD_TOO_LARGE, "The command is larger than 1 MiB");
    }
    Object command;
    try {
      command = StoredEvents.mapper().readValue(request.getPayloadJson(), type);
    } catch (JsonProcessingException e) {
      throw KilnException.invalid("payload_json", "is not a " + request.getType() + ": " + e.getOriginalMessage());
    }
    if (!caller.integration().projects().all() && !caller.integration().projects().allows(projectOf(command))) {
      throw KilnException.forbidden("This integration may send commands only about its projects");
    }
    return command;
  }

  private static String projectOf(Object command) {
    for (RecordComponent c : command.getClass().getRecordComponents()) {
      if (c.getName().equals("projectId")) {
        try {
          Object value = c.getAccessor().invoke(command);
          return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static Throwable refusal(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof KilnException) {
        return t;
      }
      if (t instanceof TimeoutException) {
        return new KilnException(ErrorCode.UNAVAILABLE, "Kiln did not answer in time; try again");
      }
    }
    return error;
  }
}
