package io.kiln.command.catalog;

import static io.kiln.command.Permissions.requireAdmin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.catalog.CatalogRules;
import io.kiln.domain.catalog.ChangeRuntimeImageCommand;
import io.kiln.domain.catalog.ChangeRuntimeStatusCommand;
import io.kiln.domain.catalog.RebaseProjectRuntimeCommand;
import io.kiln.domain.catalog.LocalCommands;
import io.kiln.domain.catalog.RegisterProjectRuntimeCommand;
import io.kiln.domain.catalog.RegisterRuntimeCommand;
import io.kiln.domain.catalog.RuntimeImageChangedEvent;
import io.kiln.domain.catalog.RuntimeRegisteredEvent;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeStatusChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A runtime of the catalogue: the image sessions, jobs and applications run, with its editor and kernel. */
@Aggregate
public class Runtime {
  @AggregateIdentifier
  private String runtimeId;
  private String image;
  private RuntimeStatus status;

  protected Runtime() {}

  @CommandHandler
  public Runtime(RegisterRuntimeCommand command, Actor actor, Catalog catalog) {
    requireAdmin(actor, "manage runtimes");
    CatalogRules.checkName(command.name());
    CatalogRules.checkImage(command.image());
    CatalogRules.checkKernel(command.kernel());
    LocalCommands.check(command.localCommand(), command.editorCommand());
    if (command.editor() == null) {
      throw KilnException.invalid("editor", "is required");
    }
    if (catalog.runtimeNameTaken(command.name(), null)) {
      throw new KilnException(ErrorCode.RUNTIME_NAME_TAKEN, "A runtime named " + command.name() + " exists");
    }
    apply(new RuntimeRegisteredEvent(command.runtimeId(), command.name(), command.image(), command.editor(),
        command.kernel(), null, command.localCommand(), command.editorCommand()));
  }

  @CommandHandler
  public Runtime(RegisterProjectRuntimeCommand command) {
    apply(new RuntimeRegisteredEvent(command.runtimeId(), command.name(), command.image(), command.editor(),
        command.kernel(), command.projectId()));
  }

  @CommandHandler
  public long handle(RebaseProjectRuntimeCommand command) {
    if (!command.image().equals(image)) {
      apply(new RuntimeImageChangedEvent(runtimeId, command.image()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeRuntimeImageCommand command, Actor actor) {
    requireAdmin(actor, "manage runtimes");
    CatalogRules.checkImage(command.image());
    if (!command.image().equals(image)) {
      apply(new RuntimeImageChangedEvent(runtimeId, command.image()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ChangeRuntimeStatusCommand command, Actor actor) {
    requireAdmin(actor, "manage runtimes");
    if (command.status() == null) {
      throw KilnException.invalid("status", "must be one of enabled, deprecated, disabled");
    }
    if (command.status() != status) {
      apply(new RuntimeStatusChangedEvent(runtimeId, command.status()));
    }
    return getVersion();
  }

  @EventSourcingHandler
  void on(RuntimeRegisteredEvent event) {
    runtimeId = event.runtimeId();
    image = event.image();
    status = RuntimeStatus.ENABLED;
  }

  @EventSourcingHandler
  void on(RuntimeImageChangedEvent event) {
    image = event.image();
  }

  @EventSourcingHandler
  void on(RuntimeStatusChangedEvent event) {
    status = event.status();
  }
}
