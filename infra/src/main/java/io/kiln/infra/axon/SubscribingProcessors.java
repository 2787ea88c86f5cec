package io.kiln.infra.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DirectEventProcessingStrategy;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.SubscribingEventProcessor;

/**
 * Subscribing event processors as Axon's {@code registerSubscribingEventProcessor} builds them (on the event bus, in
 * the publishing thread and transaction), whose invoker skips the payload types it has no handler for at once
 * ({@link HandledPayloadTypes}). Register with {@code registerEventProcessor(name, SubscribingProcessors::build)}.
 */
public final class SubscribingProcessors {
  private SubscribingProcessors() {}

  public static EventProcessor build(String name, Configuration axon, EventHandlerInvoker invoker) {
    EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
    return SubscribingEventProcessor.builder()
        .name(name)
        .eventHandlerInvoker(new HandledPayloadTypes(invoker))
        .rollbackConfiguration(processing.rollbackConfiguration(name))
        .errorHandler(processing.errorHandler(name))
        .messageMonitor(processing.messageMonitor(SubscribingEventProcessor.class, name))
        .messageSource(axon.eventBus())
        .processingStrategy(DirectEventProcessingStrategy.INSTANCE)
        .transactionManager(processing.transactionManager(name))
        .spanFactory(axon.getComponent(EventProcessorSpanFactory.class))
        .build();
  }
}
