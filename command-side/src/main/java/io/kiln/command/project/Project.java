package io.kiln.command.project;

import static io.kiln.command.Permissions.requireReporter;
import static io.kiln.command.Permissions.requireWriter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.user.UserDirectory;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ArchiveProjectCommand;
import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.CollaboratorRoleChangedEvent;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.GitRules;
import io.kiln.domain.project.ProjectCloneFailedEvent;
import io.kiln.domain.project.ProjectCloneRequestedEvent;
import io.kiln.domain.project.ProjectClonedEvent;
import io.kiln.domain.project.ProjectFilesState;
import io.kiln.domain.project.ReportProjectCloneFailedCommand;
import io.kiln.domain.project.ReportProjectClonedCommand;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectDescriptionChangedEvent;
import io.kiln.domain.project.ProjectRenamedEvent;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectRules;
import io.kiln.domain.project.ProjectVisibilityChangedEvent;
import io.kiln.domain.project.RemoveCollaboratorCommand;
import io.kiln.domain.project.SetCollaboratorRoleCommand;
import io.kiln.domain.project.UpdateProjectDetailsCommand;
import io.kiln.domain.project.Visibility;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A data-science project: its details, its owner and collaborators, and whether it is archived. */
@Aggregate
public class Project {
  @AggregateIdentifier
  private String projectId;
  private String ownerId;
  private String name;
  private String description;
  private Visibility visibility;
  private boolean archived;
  private Collaborators collaborators;
  private ProjectFilesState files;

  protected Project() {}

  @CommandHandler
  public Project(CreateProjectCommand command, Actor actor, ProjectNames names, GitSettings git) {
    requireWriter(actor);
    if (actor.isSystem()) {
      throw KilnException.forbidden("Projects are owned by users");
    }
    ProjectRules.checkName(command.name());
    ProjectRules.checkDescription(command.description());
    if (command.git() != null) {
      GitRules.check(command.git(), git.allowFileUrls());
    }
    if (names.holder(actor.id(), command.name()).isPresent()) {
      throw ProjectNamesUpdater.taken(command.name());
    }
    apply(new ProjectCreatedEvent(command.projectId().value(), actor.id(), command.name(),
        Objects.requireNonNullElse(command.description(), ""),
        Objects.requireNonNullElse(command.visibility(), Visibility.PRIVATE)));
    if (command.git() != null) {
      apply(new ProjectCloneRequestedEvent(command.projectId().value(), command.git().url(), command.git().ref()));
    }
  }

  @CommandHandler
  public long handle(ReportProjectClonedCommand command, Actor actor) {
    requireReporter(actor);
    if (files == ProjectFilesState.CLONING) {
      apply(new ProjectClonedEvent(projectId, command.commit()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportProjectCloneFailedCommand command, Actor actor) {
    requireReporter(actor);
    if (files == ProjectFilesState.CLONING) {
      String reason = command.reason() == null || command.reason().isBlank() ? "unknown" : command.reason();
      apply(new ProjectCloneFailedEvent(projectId, reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(UpdateProjectDetailsCommand command, Actor actor, ProjectNames names) {
    require(actor, ProjectRole::mayEditDetails, "change this project");
    boolean rename = command.name() != null && !command.name().equals(name);
    if (rename) {
      ProjectRules.checkName(command.name());
      Optional<String> holder = names.holder(ownerId, command.name());
      if (holder.isPresent() && !holder.get().equals(projectId)) {
        throw ProjectNamesUpdater.taken(command.name());
      }
    }
    ProjectRules.checkDescription(command.description());
    if (rename) {
      apply(new ProjectRenamedEvent(projectId, command.name()));
    }
    if (command.description() != null && !command.description().equals(description)) {
      apply(new ProjectDescriptionChangedEvent(projectId, command.description()));
    }
    if (command.visibility() != null && command.visibility() != visibility) {
      apply(new ProjectVisibilityChangedEvent(projectId, command.visibility()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(SetCollaboratorRoleCommand command, Actor actor, UserDirectory users) {
    require(actor, ProjectRole::mayAdminister, "manage collaborators");
    if (command.role() == null || command.role() == ProjectRole.OWNER) {
      throw KilnException.invalid("role", "must be one of viewer, operator, contributor, admin");
    }
    if (ownerId.equals(command.userId())) {
      throw new KilnException(ErrorCode.OWNER_IS_FIXED, "The owner's role cannot be changed");
    }
    if (command.userId() == null || !users.exists(command.userId())) {
      throw new KilnException(ErrorCode.USER_NOT_FOUND, "No user with id " + command.userId());
    }
    Optional<ProjectRole> current = collaborators.roleOf(command.userId());
    if (current.isEmpty()) {
      apply(new CollaboratorAddedEvent(projectId, command.userId(), command.role()));
    } else if (current.get() != command.role()) {
      apply(new CollaboratorRoleChangedEvent(projectId, command.userId(), command.role()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RemoveCollaboratorCommand command, Actor actor) {
    boolean leaving = actor.is(command.userId()) && collaborators.roleOf(actor.id()).isPresent();
    require(actor, role -> leaving || role.mayAdminister(), "manage collaborators");
    if (ownerId.equals(command.userId())) {
      throw new KilnException(ErrorCode.OWNER_IS_FIXED, "The owner cannot be removed");
    }
    if (collaborators.roleOf(command.userId()).isPresent()) {
      apply(new CollaboratorRemovedEvent(projectId, command.userId()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ArchiveProjectCommand command, Actor actor) {
    requirePermission(actor, ProjectRole::mayAdminister, "archive this project");
    if (!archived) {
      apply(new ProjectArchivedEvent(projectId));
    }
    return getVersion();
  }

  /** The actor may do this, and the project is not archived. */
  private void require(Actor actor, Predicate<ProjectRole> allowed, String what) {
    requirePermission(actor, allowed, what);
    if (archived) {
      throw new KilnException(ErrorCode.PROJECT_ARCHIVED, "Project " + name + " is archived");
    }
  }

  private void requirePermission(Actor actor, Predicate<ProjectRole> allowed, String what) {
    requireVisible(actor);
    requireWriter(actor);
    ProjectRole role = roleOf(actor);
    if (role == null || !allowed.test(role)) {
      throw KilnException.forbidden("You may not " + what);
    }
  }

  /** Someone who may not see a project learns nothing of it, not even that it exists. */
  private void requireVisible(Actor actor) {
    boolean visible = actor.seesEverything() || visibility != Visibility.PRIVATE || actor.is(ownerId)
        || collaborators.roleOf(actor.id()).isPresent();
    if (!visible) {
      throw new KilnException(ErrorCode.PROJECT_NOT_FOUND, "Project not found");
    }
  }

  private ProjectRole roleOf(Actor actor) {
    if (actor.is(ownerId) || actor.isAdmin()) {
      return ProjectRole.OWNER;
    }
    return collaborators.roleOf(actor.id()).orElse(null);
  }

  @EventSourcingHandler
  void on(ProjectCreatedEvent event) {
    projectId = event.projectId();
    ownerId = event.ownerId();
    name = event.name();
    description = event.description();
    visibility = event.visibility();
    collaborators = Collaborators.none();
    files = ProjectFilesState.READY;
  }

  @EventSourcingHandler
  void on(ProjectCloneRequestedEvent event) {
    files = ProjectFilesState.CLONING;
  }

  @EventSourcingHandler
  void on(ProjectClonedEvent event) {
    files = ProjectFilesState.READY;
  }

  @EventSourcingHandler
  void on(ProjectCloneFailedEvent event) {
    files = ProjectFilesState.FAILED;
  }

  @EventSourcingHandler
  void on(ProjectRenamedEvent event) {
    name = event.name();
  }

  @EventSourcingHandler
  void on(ProjectDescriptionChangedEvent event) {
    description = event.description();
  }

  @EventSourcingHandler
  void on(ProjectVisibilityChangedEvent event) {
    visibility = event.visibility();
  }

  @EventSourcingHandler
  void on(CollaboratorAddedEvent event) {
    collaborators = collaborators.with(event.userId(), event.role());
  }

  @EventSourcingHandler
  void on(CollaboratorRoleChangedEvent event) {
    collaborators = collaborators.with(event.userId(), event.role());
  }

  @EventSourcingHandler
  void on(CollaboratorRemovedEvent event) {
    collaborators = collaborators.without(event.userId());
  }

  @EventSourcingHandler
  void on(ProjectArchivedEvent event) {
    archived = true;
  }
}
