package io.kiln.command.build;

import io.kiln.command.catalog.RuntimeNames;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.catalog.RebaseProjectRuntimeCommand;
import io.kiln.domain.catalog.RegisterProjectRuntimeCommand;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A succeeded runtime build becomes a runtime of its project, named as the build; building the same name again
 * points that runtime at the new image.
 */
@Component
@ProcessingGroup(BuildProcesses.GROUP)
class RuntimeRegistrar {
  private final CommandGateway commands;
  private final RuntimeNames runtimes;

  RuntimeRegistrar(CommandGateway commands, RuntimeNames runtimes) {
    this.commands = commands;
    this.runtimes = runtimes;
  }

  @EventHandler
  void on(BuildSucceededEvent e) {
    if (e.kind() != BuildKind.RUNTIME) {
      return;
    }
    String image = e.image() + "@" + e.digest();
    var existing = runtimes.runtimeNamed(e.name(), e.projectId());
    if (existing.isPresent()) {
      commands.sendAndWait(new RebaseProjectRuntimeCommand(existing.get(), image));
    } else {
      String id = UUID.nameUUIDFromBytes(("runtime-of-build:" + e.buildId()).getBytes(StandardCharsets.UTF_8))
          .toString();
      commands.sendAndWait(new RegisterProjectRuntimeCommand(id, e.projectId(), e.name(), image, e.editor(),
          e.kernel()));
    }
  }
}
