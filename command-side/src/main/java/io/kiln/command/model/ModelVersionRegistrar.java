package io.kiln.command.model;

import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.RegisterModelVersionCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Each succeeded model build becomes the next version of its model. */
@Component
@ProcessingGroup(ModelProcesses.GROUP)
class ModelVersionRegistrar {
  private static final Logger log = LoggerFactory.getLogger(ModelVersionRegistrar.class);
  private final CommandGateway commands;

  ModelVersionRegistrar(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(BuildSucceededEvent e) {
    if (e.kind() != BuildKind.MODEL || e.modelId() == null) {
      return;
    }
    try {
      commands.sendAndWait(new RegisterModelVersionCommand(new ModelId(e.modelId()), e.projectId(), e.buildId(),
          e.image(), e.digest()));
    } catch (RuntimeException failure) {
      if (!noSuchModel(failure)) {
        throw failure;
      }
      log.warn("Build {} built model {}, which does not exist; no version registered", e.buildId(), e.modelId());
    }
  }

  private static boolean noSuchModel(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AggregateNotFoundException) {
        return true;
      }
    }
    return false;
  }
}
