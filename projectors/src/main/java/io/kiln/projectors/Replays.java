package io.kiln.projectors;

import io.kiln.projectors.audit.AuditProjector;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the first event: stop its processor, reset its tokens (its reset handler empties its
 * tables), start it again. Only projectors may be replayed; side-effecting handlers never are.
 */
@Component
public class Replays {
  public static final List<String> REPLAYABLE = List.of(ProjectProjector.GROUP, UserProjector.GROUP,
      CatalogProjector.GROUP, QuotaProjector.GROUP, UsageProjector.GROUP, SessionProjector.GROUP,
      ApplicationProjector.GROUP, JobProjector.GROUP, JobRunProjector.GROUP, BuildProjector.GROUP,
      ModelProjector.GROUP, DeploymentProjector.GROUP, AuditProjector.GROUP, WebhookProjector.GROUP,
      IntegrationProjector.GROUP, NodePoolProjector.GROUP);
  private final EventProcessingConfiguration processing;

  Replays(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  public void replay(String group) {
    if (!REPLAYABLE.contains(group)) {
      throw new IllegalArgumentException(group + " is not a replayable projection");
    }
    StreamingEventProcessor processor = processor(group);
    processor.shutdownAsync().join();
    processor.resetTokens();
    processor.start();
  }

  /**
   * True once the processor runs and every segment has reached the head of the event stream. (A replayed segment
   * stays marked as replaying until an event newer than the reset arrives.)
   */
  public boolean caughtUp(String group) {
    StreamingEventProcessor processor = processor(group);
    var status = processor.processingStatus();
    return processor.isRunning() && !status.isEmpty()
        && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
  }

  private StreamingEventProcessor processor(String group) {
    return processing.eventProcessor(group, StreamingEventProcessor.class)
        .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + group));
  }
}
