package io.kiln.command.build;

import io.kiln.domain.build.AdmitBuildCommand;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildDispatchedEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
import io.kiln.domain.build.EnqueueBuildCommand;
import io.kiln.domain.build.ReleaseBuildCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Connects builds and the build queue: requests join it, dispatches admit, ends release. */
@Component
@ProcessingGroup(BuildProcesses.GROUP)
class BuildQueueFeeder {
  private final CommandGateway commands;

  BuildQueueFeeder(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(BuildRequestedEvent e) {
    commands.sendAndWait(new EnqueueBuildCommand(e.buildId(), e.projectId()));
  }

  @EventHandler
  void on(BuildDispatchedEvent e) {
    commands.sendAndWait(new AdmitBuildCommand(new BuildId(e.buildId())));
  }

  @EventHandler
  void on(BuildSucceededEvent e) {
    release(e.buildId());
  }

  @EventHandler
  void on(BuildFailedEvent e) {
    release(e.buildId());
  }

  @EventHandler
  void on(BuildTimedOutEvent e) {
    release(e.buildId());
  }

  @EventHandler
  void on(BuildCancelledEvent e) {
    release(e.buildId());
  }

  private void release(String buildId) {
    commands.sendAndWait(new ReleaseBuildCommand(buildId));
  }
}
