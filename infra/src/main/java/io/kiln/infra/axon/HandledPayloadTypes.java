package io.kiln.infra.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * An event handler invoker that remembers, per payload type, whether any of its handlers takes such events, and
 * answers "no" from memory. Axon's invokers find out by going through every handler (and asking each whether it
 * allows a reset) for every event; a subscribing processor asks that of every event published in the transaction it
 * joins, whether or not it has a handler for it. For the ones it has a handler for, the invoker decides as before.
 */
public class HandledPayloadTypes implements EventHandlerInvoker {
  private final EventHandlerInvoker invoker;
  private final Map<Class<?>, Boolean> handled = new ConcurrentHashMap<>();

  public HandledPayloadTypes(EventHandlerInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public boolean canHandle(EventMessage<?> event, Segment segment) {
    return canHandleType(event.getPayloadType()) && invoker.canHandle(event, segment);
  }

  @Override
  public boolean canHandleType(Class<?> payloadType) {
    return handled.computeIfAbsent(payloadType, invoker::canHandleType);
  }

  @Override
  public void handle(EventMessage<?> event, Segment segment) throws Exception {
    invoker.handle(event, segment);
  }

  @Override
  public boolean supportsReset() {
    return invoker.supportsReset();
  }

  @Override
  public void performReset() {
    invoker.performReset();
  }

  @Override
  public <R> void performReset(R resetContext) {
    invoker.performReset(resetContext);
  }

  @Override
  public void segmentReleased(Segment segment) {
    invoker.segmentReleased(segment);
  }
}
