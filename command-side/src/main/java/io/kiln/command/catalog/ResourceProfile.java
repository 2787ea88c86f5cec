package io.kiln.command.catalog;

import static io.kiln.command.Permissions.requireAdmin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.catalog.CatalogRules;
import io.kiln.domain.catalog.DefineResourceProfileCommand;
import io.kiln.domain.catalog.ResizeResourceProfileCommand;
import io.kiln.domain.catalog.ResourceProfileDefinedEvent;
import io.kiln.domain.catalog.ResourceProfileResizedEvent;
import io.kiln.domain.catalog.ResourceProfileRetiredEvent;
import io.kiln.domain.catalog.RetireResourceProfileCommand;
import io.kiln.domain.workload.Resources;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A named size for workloads: CPU, memory and GPUs. */
@Aggregate
public class ResourceProfile {
  @AggregateIdentifier
  private String profileId;
  private Resources resources;
  private boolean retired;

  protected ResourceProfile() {}

  @CommandHandler
  public ResourceProfile(DefineResourceProfileCommand command, Actor actor, Catalog catalog) {
    requireAdmin(actor, "manage resource profiles");
    CatalogRules.checkName(command.name());
    CatalogRules.checkResources(command.cpuMillis(), command.memoryMiB(), command.gpus(), command.gpuType());
    if (catalog.profileNameTaken(command.name())) {
      throw new KilnException(ErrorCode.RESOURCE_PROFILE_NAME_TAKEN, "A resource profile named " + command.name()
          + " exists");
    }
    apply(new ResourceProfileDefinedEvent(command.profileId(), command.name(), command.cpuMillis(),
        command.memoryMiB(), command.gpus(), command.gpuType()));
  }

  @CommandHandler
  public long handle(ResizeResourceProfileCommand command, Actor actor) {
    requireAdmin(actor, "manage resource profiles");
    requireActive();
    CatalogRules.checkResources(command.cpuMillis(), command.memoryMiB(), command.gpus(), command.gpuType());
    Resources size = new Resources(command.cpuMillis(), command.memoryMiB(), command.gpus(), command.gpuType());
    if (!Objects.equals(size, resources)) {
      apply(new ResourceProfileResizedEvent(profileId, command.cpuMillis(), command.memoryMiB(), command.gpus(),
          command.gpuType()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RetireResourceProfileCommand command, Actor actor) {
    requireAdmin(actor, "manage resource profiles");
    if (!retired) {
      apply(new ResourceProfileRetiredEvent(profileId));
    }
    return getVersion();
  }

  private void requireActive() {
    if (retired) {
      throw new KilnException(ErrorCode.RESOURCE_PROFILE_RETIRED, "The resource profile is retired");
    }
  }

  @EventSourcingHandler
  void on(ResourceProfileDefinedEvent event) {
    profileId = event.profileId();
    resources = new Resources(event.cpuMillis(), event.memoryMiB(), event.gpus(), event.gpuType());
  }

  @EventSourcingHandler
  void on(ResourceProfileResizedEvent event) {
    resources = new Resources(event.cpuMillis(), event.memoryMiB(), event.gpus(), event.gpuType());
  }

  @EventSourcingHandler
  void on(ResourceProfileRetiredEvent event) {
    retired = true;
  }
}
