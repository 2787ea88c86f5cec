package io.kiln.command.model;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.model.ChangeModelCommand;
import io.kiln.domain.model.CreateModelAccessKeyCommand;
import io.kiln.domain.model.CreateModelCommand;
import io.kiln.domain.model.ModelAccessKeyCreatedEvent;
import io.kiln.domain.model.ModelAccessKeyRevokedEvent;
import io.kiln.domain.model.ModelCreatedEvent;
import io.kiln.domain.model.ModelDescriptionChangedEvent;
import io.kiln.domain.model.ModelKeyRequirementChangedEvent;
import io.kiln.domain.model.ModelRules;
import io.kiln.domain.model.ModelVersionRegisteredEvent;
import io.kiln.domain.model.RegisterModelVersionCommand;
import io.kiln.domain.model.RevokeModelAccessKeyCommand;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.user.KeyShape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A model of a project: how it serves predictions, its versions (one per succeeded build) and its access keys. */
@Aggregate
public class Model {
  @AggregateIdentifier
  private String modelId;
  private String projectId;
  private String description;
  private boolean accessKeyRequired;
  private int versions;
  private final Set<String> versionedBuilds = new HashSet<>();
  private final Map<String, ModelKey> keys = new HashMap<>();

  protected Model() {}

  @CommandHandler
  public Model(CreateModelCommand command, Actor actor, ProjectAccess projects, Catalog catalog,
               ModelDirectory models) {
    projects.of(command.projectId(), actor).require(actor, ProjectRole.CONTRIBUTOR, "create models");
    ModelRules.check(command.name(), command.description(), command.file(), command.function());
    RuntimeEntry runtime = CatalogEntries.usableRuntime(catalog, command.runtimeId(), command.projectId());
    if (models.nameTaken(command.projectId(), command.name())) {
      throw new KilnException(ErrorCode.MODEL_NAME_TAKEN, "The project has a model named " + command.name());
    }
    apply(new ModelCreatedEvent(command.modelId().value(), command.projectId(), actor.id(), command.name(),
        command.description() == null ? "" : command.description(), command.file(), command.function(),
        runtime.id(), runtime.name(), !Boolean.FALSE.equals(command.accessKeyRequired())));
  }

  @CommandHandler
  public long handle(ChangeModelCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, "change models");
    ModelRules.checkDescription(command.description());
    if (command.description() != null && !command.description().equals(description)) {
      apply(new ModelDescriptionChangedEvent(modelId, command.description()));
    }
    if (command.accessKeyRequired() != null && command.accessKeyRequired() != accessKeyRequired) {
      apply(new ModelKeyRequirementChangedEvent(modelId, command.accessKeyRequired()));
    }
    return getVersion();
  }

  /** Sent by Kiln when a build of this model succeeded; a build of another project's model versions nothing. */
  @CommandHandler
  public long handle(RegisterModelVersionCommand command) {
    if (command.image() == null || command.digest() == null) {
      throw KilnException.invalid("image", "a version needs the image and digest its build pushed");
    }
    if (Objects.equals(projectId, command.projectId()) && !versionedBuilds.contains(command.buildId())) {
      apply(new ModelVersionRegisteredEvent(modelId, projectId, versions + 1, command.buildId(), command.image(),
          command.digest()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(CreateModelAccessKeyCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, "create access keys");
    KeyShape.check(command.keyId(), command.keyHash(), command.keyPrefix(), command.name());
    ModelKey existing = keys.get(command.keyId());
    if (existing != null) {
      if (!existing.hash().equals(command.keyHash())) {
        throw new KilnException(ErrorCode.API_KEY_ID_IN_USE, "Another key has id " + command.keyId());
      }
      if (existing.revoked()) {
        throw new KilnException(ErrorCode.API_KEY_REVOKED, "Access key " + command.keyId() + " was revoked");
      }
      return getVersion();
    }
    apply(new ModelAccessKeyCreatedEvent(modelId, command.keyId(), command.name(), command.keyHash(),
        command.keyPrefix(), actor.id()));
    return getVersion();
  }

  @CommandHandler
  public long handle(RevokeModelAccessKeyCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, "revoke access keys");
    ModelKey key = keys.get(command.keyId());
    if (key == null) {
      throw new KilnException(ErrorCode.API_KEY_NOT_FOUND, "The model has no access key " + command.keyId());
    }
    if (!key.revoked()) {
      apply(new ModelAccessKeyRevokedEvent(modelId, command.keyId()));
    }
    return getVersion();
  }

  private void require(Actor actor, ProjectAccess projects, String what) {
    var access = projects.of(projectId, actor);
    if (!access.visible()) {
      throw new KilnException(ErrorCode.MODEL_NOT_FOUND, "Model not found");
    }
    access.require(actor, ProjectRole.CONTRIBUTOR, what);
  }

  @EventSourcingHandler
  void on(ModelCreatedEvent event) {
    modelId = event.modelId();
    projectId = event.projectId();
    description = event.description();
    accessKeyRequired = event.accessKeyRequired();
  }

  @EventSourcingHandler
  void on(ModelDescriptionChangedEvent event) {
    description = event.description();
  }

  @EventSourcingHandler
  void on(ModelKeyRequirementChangedEvent event) {
    accessKeyRequired = event.accessKeyRequired();
  }

  @EventSourcingHandler
  void on(ModelVersionRegisteredEvent event) {
    versions = event.number();
    versionedBuilds.add(event.buildId());
  }

  @EventSourcingHandler
  void on(ModelAccessKeyCreatedEvent event) {
    keys.put(event.keyId(), new ModelKey(event.keyHash(), false));
  }

  @EventSourcingHandler
  void on(ModelAccessKeyRevokedEvent event) {
    keys.computeIfPresent(event.keyId(), (id, key) -> new ModelKey(key.hash(), true));
  }
}
