package io.kiln.local;

import java.util.function.BooleanSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Whether one of the local engine's processors is still going through events stored before it first ran (a new
 * processor starts at the first event, marking the older ones as a replay): local compute enabled on a workspace with
 * a history, or Kiln upgraded to a version with a new local processor.
 */
final class CatchingUp implements BooleanSupplier {
  private final ObjectProvider<EventProcessingConfiguration> processing;

  CatchingUp(ObjectProvider<EventProcessingConfiguration> processing) {
    this.processing = processing;
  }

  @Override
  public boolean getAsBoolean() {
    EventProcessingConfiguration configuration = processing.getIfAvailable();
    return configuration != null && LocalProcessing.GROUPS.stream().anyMatch(group -> configuration
        .eventProcessor(group, TrackingEventProcessor.class).map(TrackingEventProcessor::isReplaying).orElse(false));
  }
}
