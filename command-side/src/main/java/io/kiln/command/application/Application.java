package io.kiln.command.application;

import static io.kiln.command.Permissions.requireReporter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.command.catalog.ProfileEntry;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.command.project.ProjectAccess;
import io.kiln.command.quota.QuotaLedger;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationRules;
import io.kiln.domain.application.ApplicationRunningEvent;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.domain.application.CreateApplicationCommand;
import io.kiln.domain.application.DeleteApplicationCommand;
import io.kiln.domain.application.ReportApplicationFailedCommand;
import io.kiln.domain.application.ReportApplicationRunningCommand;
import io.kiln.domain.application.ReportApplicationStoppedCommand;
import io.kiln.domain.application.RestartApplicationCommand;
import io.kiln.domain.application.StopApplicationCommand;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.workload.EnvironmentRules;
import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.ScriptPaths;
import io.kiln.domain.workload.WorkloadNames;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A long-running web application of a project, served on its own subdomain. */
@Aggregate
public class Application {
  @AggregateIdentifier
  private String applicationId;
  private String projectId;
  private String ownerId;
  private String name;
  private String subdomain;
  private Resources resources;
  private ApplicationState state;
  private int generation;

  protected Application() {}

  @CommandHandler
  public Application(CreateApplicationCommand command, Actor actor, ProjectAccess projects, Catalog catalog,
                     QuotaLedger quotas, ApplicationSubdomains subdomains) {
    projects.of(command.projectId(), actor).require(actor, ProjectRole.CONTRIBUTOR, "create applications");
    WorkloadNames.check("name", command.name(), true);
    ApplicationRules.checkSubdomain(command.subdomain());
    ScriptPaths.check("script", command.script());
    EnvironmentRules.check("environment", command.environment());
    if (subdomains.taken(command.subdomain())) {
      throw new KilnException(ErrorCode.SUBDOMAIN_TAKEN, "Subdomain " + command.subdomain() + " is in use");
    }
    RuntimeEntry runtime = CatalogEntries.usableRuntime(catalog, command.runtimeId(), command.projectId());
    ProfileEntry profile = CatalogEntries.activeProfile(catalog, command.profileId());
    quotas.reserve(actor.id(), profile.resources());
    apply(new ApplicationCreatedEvent(command.applicationId().value(), command.projectId(), actor.id(),
        command.name(), command.subdomain(), command.script(), runtime.id(), runtime.name(), runtime.image(),
        runtime.deprecated(), profile.id(), profile.name(), profile.resources(),
        command.environment() == null ? Map.of() : Map.copyOf(command.environment())));
  }

  @CommandHandler
  public long handle(RestartApplicationCommand command, Actor actor, ProjectAccess projects, QuotaLedger quotas) {
    require(actor, projects, ProjectRole.OPERATOR, "restart applications");
    switch (state) {
      case STARTING -> {
        return getVersion();
      }
      case STOPPING -> throw new KilnException(ErrorCode.INVALID_STATE, "The application is stopping; restart it "
          + "once it has stopped");
      case STOPPED, FAILED -> quotas.reserve(ownerId, resources);
      default -> { }
    }
    apply(new ApplicationRestartRequestedEvent(applicationId, projectId, ownerId, name, generation + 1, resources));
    return getVersion();
  }

  @CommandHandler
  public long handle(StopApplicationCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, ProjectRole.OPERATOR, "stop applications");
    if (state == ApplicationState.STOPPED || state == ApplicationState.FAILED) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The application is not running (" + state + ")");
    }
    if (state != ApplicationState.STOPPING) {
      apply(new ApplicationStopRequestedEvent(applicationId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(DeleteApplicationCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "delete applications");
    if (state != ApplicationState.STOPPED && state != ApplicationState.FAILED) {
      throw new KilnException(ErrorCode.INVALID_STATE, "Stop the application before deleting it");
    }
    apply(new ApplicationDeletedEvent(applicationId, subdomain));
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportApplicationRunningCommand command, Actor actor) {
    requireReporter(actor);
    if (current(command.generation()) && state == ApplicationState.STARTING) {
      apply(new ApplicationRunningEvent(applicationId, command.url()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportApplicationStoppedCommand command, Actor actor) {
    requireReporter(actor);
    if (current(command.generation()) && state.isActive()) {
      apply(new ApplicationStoppedEvent(applicationId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportApplicationFailedCommand command, Actor actor) {
    requireReporter(actor);
    if (current(command.generation()) && state.isActive()) {
      String reason = command.reason() == null || command.reason().isBlank() ? "unknown" : command.reason();
      apply(new ApplicationFailedEvent(applicationId, reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
    return getVersion();
  }

  /** A report about an earlier start of the application is stale. */
  private boolean current(Integer reportedGeneration) {
    return reportedGeneration == null || reportedGeneration == generation;
  }

  private void require(Actor actor, ProjectAccess projects, ProjectRole minimum, String what) {
    if (state == ApplicationState.DELETED) {
      throw new KilnException(ErrorCode.APPLICATION_NOT_FOUND, "Application not found");
    }
    projects.of(projectId, actor).require(actor, minimum, what);
  }

  @EventSourcingHandler
  void on(ApplicationCreatedEvent event) {
    applicationId = event.applicationId();
    projectId = event.projectId();
    ownerId = event.ownerId();
    name = event.name();
    subdomain = event.subdomain();
    resources = event.resources();
    state = ApplicationState.STARTING;
    generation = 1;
  }

  @EventSourcingHandler
  void on(ApplicationRestartRequestedEvent event) {
    state = ApplicationState.STARTING;
    generation = event.generation();
    resources = event.resources();
  }

  @EventSourcingHandler
  void on(ApplicationRunningEvent event) {
    state = ApplicationState.RUNNING;
  }

  @EventSourcingHandler
  void on(ApplicationStopRequestedEvent event) {
    state = ApplicationState.STOPPING;
  }

  @EventSourcingHandler
  void on(ApplicationStoppedEvent event) {
    state = ApplicationState.STOPPED;
  }

  @EventSourcingHandler
  void on(ApplicationFailedEvent event) {
    state = ApplicationState.FAILED;
  }

  @EventSourcingHandler
  void on(ApplicationDeletedEvent event) {
    state = ApplicationState.DELETED;
  }
}
