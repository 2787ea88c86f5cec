package io.kiln.command.build;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.build.BuildDispatchedEvent;
import io.kiln.domain.build.BuildEnqueuedEvent;
import io.kiln.domain.build.BuildReleasedEvent;
import io.kiln.domain.build.EnqueueBuildCommand;
import io.kiln.domain.build.ReleaseBuildCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The workspace's build queue, a process manager with its own event stream: builds wait in order of request and are
 * dispatched while fewer than the workspace limit run, and fewer than the project limit run in their project. Its
 * state is its events, so a restart resumes it exactly: nothing lost, nothing dispatched twice.
 */
@Aggregate(snapshotTriggerDefinition = "buildQueueSnapshots")
public class BuildQueue {
  @AggregateIdentifier
  private String queueId;
  private final Map<String, String> waiting = new LinkedHashMap<>();
  private final Map<String, String> running = new LinkedHashMap<>();

  public BuildQueue() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(EnqueueBuildCommand command, BuildSettings settings) {
    if (!waiting.containsKey(command.buildId()) && !running.containsKey(command.buildId())) {
      apply(new BuildEnqueuedEvent(command.queueId(), command.buildId(), command.projectId()));
      dispatch(settings);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReleaseBuildCommand command, BuildSettings settings) {
    if (waiting.containsKey(command.buildId()) || running.containsKey(command.buildId())) {
      apply(new BuildReleasedEvent(queueId, command.buildId()));
      dispatch(settings);
    }
    return getVersion();
  }

  private void dispatch(BuildSettings settings) {
    for (var next : waitingInOrder()) {
      if (running.size() >= settings.maxRunning()) {
        return;
      }
      long inProject = running.values().stream().filter(next.getValue()::equals).count();
      if (inProject < settings.maxRunningPerProject()) {
        apply(new BuildDispatchedEvent(queueId, next.getKey(), next.getValue()));
      }
    }
  }

  private List<Map.Entry<String, String>> waitingInOrder() {
    return waiting.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  @EventSourcingHandler
  void on(BuildEnqueuedEvent event) {
    queueId = event.queueId();
    waiting.put(event.buildId(), event.projectId());
  }

  @EventSourcingHandler
  void on(BuildDispatchedEvent event) {
    waiting.remove(event.buildId());
    running.put(event.buildId(), event.projectId());
  }

  @EventSourcingHandler
  void on(BuildReleasedEvent event) {
    waiting.remove(event.buildId());
    running.remove(event.buildId());
  }
}
