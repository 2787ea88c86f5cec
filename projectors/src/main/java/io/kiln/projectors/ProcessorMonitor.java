package io.kiln.projectors;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** What every event processor is doing: where it stands in the event stream, how far behind, how far in a replay. */
@Component
public class ProcessorMonitor {
  private final EventProcessingConfiguration processing;
  private final DSLContext dsl;

  ProcessorMonitor(EventProcessingConfiguration processing, DSLContext dsl) {
    this.processing = processing;
    this.dsl = dsl;
  }

  public List<ProcessorView> all() {
    long head = head();
    return processing.eventProcessors().values().stream()
        .map(p -> view(p, head))
        .sorted(Comparator.comparing(ProcessorView::name))
        .toList();
  }

  public Optional<ProcessorView> find(String name) {
    return Optional.ofNullable(processing.eventProcessors().get(name)).map(p -> view(p, head()));
  }

  private static ProcessorView view(EventProcessor processor, long head) {
    boolean replayable = Replays.REPLAYABLE.contains(processor.getName());
    if (!(processor instanceof StreamingEventProcessor streaming)) {
      return new ProcessorView(processor.getName(), "lookup", false, processor.isRunning(), false, null, head, null,
          null, processor.isError() ? "error" : null);
    }
    Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
    Long position = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
        .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(null);
    boolean replaying = segments.values().stream().anyMatch(ProcessorMonitor::replaying);
    long resetAt = segments.values().stream().map(EventTrackerStatus::getResetPosition)
        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(0);
    Double progress = position == null ? (head == 0 ? 1.0 : 0.0)
        : Math.min(1.0, (double) position / Math.max(1, replaying && resetAt > 0 ? resetAt : head));
    String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
        .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
    return new ProcessorView(processor.getName(), replayable ? "projection" : "side-effect", replayable,
        processor.isRunning(), replaying, position, head, position == null ? head : Math.max(0, head - position),
        progress, error);
  }

  /** Axon keeps a segment marked replaying until an event newer than the reset arrives; it has caught up before. */
  private static boolean replaying(EventTrackerStatus status) {
    return status.isReplaying() && status.getCurrentPosition().orElse(0) < status.getResetPosition().orElse(0);
  }

  private long head() {
    Long head = dsl.fetchOne("select max(globalindex) from eventstore.domainevententry").get(0, Long.class);
    return head == null ? 0 : head;
  }
}
