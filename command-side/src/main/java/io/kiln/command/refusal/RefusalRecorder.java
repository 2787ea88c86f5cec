package io.kiln.command.refusal;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.audit.CommandRefusal;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records every command that is refused — by its handler, or when its transaction cannot commit — once the refused
 * command's transaction is over. Transient failures that the gateway retries are not refusals.
 */
public class RefusalRecorder implements MessageHandlerInterceptor<CommandMessage<?>> {
  private final RefusalLog log;

  public RefusalRecorder(RefusalLog log) {
    this.log = log;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
    unitOfWork.onCleanup(done -> {
      if (done.isRolledBack() && done.getExecutionResult() != null && done.getExecutionResult().isExceptionResult()) {
        refusalOf(done.getExecutionResult().getExceptionResult())
            .ifPresent(refusal -> log.record(describe(done.getMessage(), refusal)));
      }
    });
    return chain.proceed();
  }

  private static Optional<KilnException> refusalOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof KilnException k) {
        return Optional.of(k);
      }
      if (t instanceof AggregateNotFoundException) {
        return Optional.of(new KilnException(ErrorCode.RESOURCE_NOT_FOUND, "No such resource"));
      }
      if (t instanceof ConflictingAggregateVersionException) {
        return Optional.of(new KilnException(ErrorCode.CONCURRENT_MODIFICATION, t.getMessage()));
      }
    }
    return Optional.empty();
  }

  static CommandRefusal describe(CommandMessage<?> command, KilnException refusal) {
    Object payload = command.getPayload();
    String resourceType = payload.getClass().getPackageName();
    resourceType = resourceType.substring(resourceType.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String target = component(payload, true);
    String projectId = "project".equals(resourceType) ? target : component(payload, false);
    var metaData = command.getMetaData();
    return new CommandRefusal(GenericEventMessage.clock.instant(), text(metaData.get(MetadataKeys.ACTOR), "unknown"),
        payload.getClass().getSimpleName(), resourceType, target, projectId, refusal.code(), refusal.getMessage(),
        text(metaData.get(MetadataKeys.CORRELATION_ID), command.getIdentifier()),
        text(metaData.get(MetadataKeys.CLIENT_ADDRESS), null));
  }

  /** The aggregate a command targets, or its {@code projectId}, as text. */
  private static String component(Object payload, boolean target) {
    if (!payload.getClass().isRecord()) {
      return null;
    }
    for (RecordComponent c : payload.getClass().getRecordComponents()) {
      boolean wanted = target ? c.isAnnotationPresent(TargetAggregateIdentifier.class)
          || c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
          : c.getName().equals("projectId");
      if (wanted) {
        try {
          Object value = c.getAccessor().invoke(payload);
          return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String text(Object value, String otherwise) {
    return value == null ? otherwise : value.toString();
  }
}
