package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;

import io.kiln.domain.WireNames;
import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.CollaboratorRoleChangedEvent;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectCloneFailedEvent;
import io.kiln.domain.project.ProjectCloneRequestedEvent;
import io.kiln.domain.project.ProjectClonedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectFilesState;
import io.kiln.domain.project.ProjectDescriptionChangedEvent;
import io.kiln.domain.project.ProjectRenamedEvent;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectRules;
import io.kiln.domain.project.ProjectVisibilityChangedEvent;
import io.kiln.domain.readmodel.ReadModels;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.project} and {@code readmodel.project_member}. Every write is an idempotent upsert. */
@Component
@ProcessingGroup(ProjectProjector.GROUP)
public class ProjectProjector {
  public static final String GROUP = "projects-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  ProjectProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(ProjectCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    UUID id = UUID.fromString(e.projectId());
    dsl.insertInto(PROJECT)
        .set(PROJECT.PROJECT_ID, id)
        .set(PROJECT.OWNER_ID, UUID.fromString(e.ownerId()))
        .set(PROJECT.NAME, e.name())
        .set(PROJECT.NAME_KEY, ProjectRules.nameKey(e.name()))
        .set(PROJECT.DESCRIPTION, e.description())
        .set(PROJECT.VISIBILITY, WireNames.of(e.visibility()))
        .set(PROJECT.ARCHIVED, false)
        .set(PROJECT.CREATED_AT, time(at))
        .set(PROJECT.UPDATED_AT, time(at))
        .set(PROJECT.VERSION, version)
        .onConflict(PROJECT.PROJECT_ID).doNothing()
        .execute();
    putMember(e.projectId(), e.ownerId(), ProjectRole.OWNER, at);
    updates.applied(ReadModels.PROJECTS, e.projectId(), version);
  }

  @EventHandler
  void on(ProjectRenamedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.NAME, e.name(), PROJECT.NAME_KEY, ProjectRules.nameKey(e.name())));
  }

  @EventHandler
  void on(ProjectDescriptionChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.DESCRIPTION, e.description()));
  }

  @EventHandler
  void on(ProjectVisibilityChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.VISIBILITY, WireNames.of(e.visibility())));
  }

  @EventHandler
  void on(ProjectCloneRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(PROJECT.FILES_STATE, WireNames.of(ProjectFilesState.CLONING));
    changes.put(PROJECT.GIT_URL, e.url());
    changes.put(PROJECT.GIT_REF, e.ref());
    update(e.projectId(), at, version, changes);
  }

  @EventHandler
  void on(ProjectClonedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.FILES_STATE, WireNames.of(ProjectFilesState.READY),
        PROJECT.GIT_COMMIT, e.commit()));
  }

  @EventHandler
  void on(ProjectCloneFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.FILES_STATE, WireNames.of(ProjectFilesState.FAILED),
        PROJECT.FILES_REASON, e.reason()));
  }

  @EventHandler
  void on(ProjectArchivedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.projectId(), at, version, Map.of(PROJECT.ARCHIVED, true));
  }

  @EventHandler
  void on(CollaboratorAddedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    putMember(e.projectId(), e.userId(), e.role(), at);
    touch(e.projectId(), at, version);
  }

  @EventHandler
  void on(CollaboratorRoleChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.update(PROJECT_MEMBER)
        .set(PROJECT_MEMBER.ROLE, WireNames.of(e.role()))
        .where(PROJECT_MEMBER.PROJECT_ID.eq(UUID.fromString(e.projectId())))
        .and(PROJECT_MEMBER.USER_ID.eq(UUID.fromString(e.userId())))
        .execute();
    touch(e.projectId(), at, version);
  }

  @EventHandler
  void on(CollaboratorRemovedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.deleteFrom(PROJECT_MEMBER)
        .where(PROJECT_MEMBER.PROJECT_ID.eq(UUID.fromString(e.projectId())))
        .and(PROJECT_MEMBER.USER_ID.eq(UUID.fromString(e.userId())))
        .execute();
    touch(e.projectId(), at, version);
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.PROJECTS);
    dsl.deleteFrom(PROJECT_MEMBER).execute();
    dsl.deleteFrom(PROJECT).execute();
  }

  private void putMember(String projectId, String userId, ProjectRole role, Instant at) {
    dsl.insertInto(PROJECT_MEMBER)
        .set(PROJECT_MEMBER.PROJECT_ID, UUID.fromString(projectId))
        .set(PROJECT_MEMBER.USER_ID, UUID.fromString(userId))
        .set(PROJECT_MEMBER.ROLE, WireNames.of(role))
        .set(PROJECT_MEMBER.SINCE, time(at))
        .onConflict(PROJECT_MEMBER.PROJECT_ID, PROJECT_MEMBER.USER_ID).doNothing()
        .execute();
  }

  private void touch(String projectId, Instant at, long version) {
    update(projectId, at, version, Map.of());
  }

  /** Applies changes to a project row unless it already holds this version or a later one. */
  private void update(String projectId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, PROJECT, PROJECT.PROJECT_ID, projectId, PROJECT.UPDATED_AT, PROJECT.VERSION, at, version,
        changes);
    updates.applied(ReadModels.PROJECTS, projectId, version);
  }

  private static OffsetDateTime time(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
