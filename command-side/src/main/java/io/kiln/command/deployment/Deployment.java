package io.kiln.command.deployment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.command.catalog.ProfileEntry;
import io.kiln.command.model.ModelDirectory;
import io.kiln.command.model.ModelEntry;
import io.kiln.command.model.VersionEntry;
import io.kiln.command.project.ProjectAccess;
import io.kiln.command.quota.QuotaLedger;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.ChangeDeploymentVersionCommand;
import io.kiln.domain.deployment.CreateDeploymentCommand;
import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentRules;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentState;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import io.kiln.domain.deployment.PromoteDeploymentCanaryCommand;
import io.kiln.domain.deployment.RestartDeploymentCommand;
import io.kiln.domain.deployment.RollBackDeploymentCanaryCommand;
import io.kiln.domain.deployment.ScaleDeploymentCommand;
import io.kiln.domain.deployment.SetDeploymentCanaryCommand;
import io.kiln.domain.deployment.StopDeploymentCommand;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.workload.EnvironmentRules;
import io.kiln.domain.workload.Resources;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A model served by replicas of one version, perhaps with a canary of another. Every change of what should run is a
 * new rollout (generation); what was deployed keeps serving until the cluster reports the new rollout ready. Its
 * state, and what the cluster reports, are in {@link DeploymentLifecycle}; the decisions of people are here.
 */
@Aggregate
public class Deployment extends DeploymentLifecycle {

  protected Deployment() {}

  @CommandHandler
  public Deployment(CreateDeploymentCommand command, Actor actor, ProjectAccess projects, Catalog catalog,
                    QuotaLedger quotas, ModelDirectory models) {
    ModelEntry model = ModelVersions.model(models, command.modelId());
    var access = projects.of(model.projectId(), actor);
    if (!access.visible()) {
      throw new KilnException(ErrorCode.MODEL_NOT_FOUND, "Model not found");
    }
    access.require(actor, ProjectRole.CONTRIBUTOR, "deploy models");
    int replicas = DeploymentRules.replicas(command.replicas());
    EnvironmentRules.check("environment", command.environment());
    DeploymentRules.checkSecrets(command.secretRefs(), command.environment());
    VersionEntry version = ModelVersions.version(models, model.id(), command.modelVersion());
    ProfileEntry profile = CatalogEntries.activeProfile(catalog, command.profileId());
    Resources held = profile.resources().times(replicas);
    quotas.reserve(actor.id(), held);
    apply(new DeploymentCreatedEvent(command.deploymentId().value(), model.id(), model.projectId(), actor.id(),
        model.name(), version.number(), version.pinnedImage(), profile.id(), profile.name(), profile.resources(),
        replicas, copy(command.environment()), copy(command.secretRefs()), held));
  }

  @CommandHandler
  public long handle(ChangeDeploymentVersionCommand command, Actor actor, ProjectAccess projects,
                     ModelDirectory models) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "deploy model versions");
    DeploymentGuards.requireRunning(state, "deploy another version");
    if (target.hasCanary()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "Promote or roll back the canary first");
    }
    VersionEntry version = ModelVersions.version(models, modelId, command.modelVersion());
    if (version.number() != target.modelVersion()) {
      apply(new DeploymentVersionChangedEvent(deploymentId, generation + 1, version.number(),
          version.pinnedImage()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ScaleDeploymentCommand command, Actor actor, ProjectAccess projects, QuotaLedger quotas) {
    require(actor, projects, ProjectRole.OPERATOR, "scale deployments");
    int replicas = DeploymentRules.replicas(command.replicas());
    DeploymentGuards.requireRunning(state, "scale");
    if (replicas != target.replicas()) {
      Rollout next = reserveFor(target.scaled(replicas), quotas);
      apply(new DeploymentScaledEvent(deploymentId, ownerId, generation + 1, next.replicas(), next.canaryReplicas(),
          next.held(resources)));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(SetDeploymentCanaryCommand command, Actor actor, ProjectAccess projects, QuotaLedger quotas,
                     ModelDirectory models) {
    require(actor, projects, ProjectRole.CONTRIBUTOR, "set canaries");
    int percent = DeploymentRules.percent(command.percent());
    if (state != DeploymentState.DEPLOYING && state != DeploymentState.DEPLOYED) {
      throw new KilnException(ErrorCode.INVALID_STATE, "A canary runs beside a deployment that is deploying or "
          + "deployed (this one is " + state + ")");
    }
    VersionEntry version = ModelVersions.version(models, modelId, command.modelVersion());
    if (version.number() == target.modelVersion()) {
      throw KilnException.invalid("modelVersion", "is the primary version; a canary is another one");
    }
    if (!Integer.valueOf(version.number()).equals(target.canaryVersion()) || percent != target.canaryPercent()) {
      Rollout next = reserveFor(target.withCanary(version.number(), version.pinnedImage(), percent), quotas);
      apply(new DeploymentCanarySetEvent(deploymentId, ownerId, generation + 1, version.number(),
          version.pinnedImage(), percent, next.canaryReplicas(), next.held(resources)));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(PromoteDeploymentCanaryCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, ProjectRole.OPERATOR, "promote canaries");
    DeploymentGuards.requireCanary(target, "promote");
    if (state != DeploymentState.DEPLOYED) {
      throw new KilnException(ErrorCode.INVALID_STATE, "Promote the canary once it is deployed (the deployment "
          + "is " + state + ")");
    }
    Rollout next = target.promoted();
    apply(new DeploymentCanaryPromotedEvent(deploymentId, ownerId, generation + 1, next.modelVersion(),
        next.image(), next.held(resources)));
    return getVersion();
  }

  @CommandHandler
  public long handle(RollBackDeploymentCanaryCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, ProjectRole.OPERATOR, "roll back canaries");
    DeploymentGuards.requireCanary(target, "roll back");
    DeploymentGuards.requireRunning(state, "roll back its canary");
    apply(new DeploymentCanaryRolledBackEvent(deploymentId, ownerId, generation + 1,
        target.withoutCanary().held(resources)));
    return getVersion();
  }

  @CommandHandler
  public long handle(RestartDeploymentCommand command, Actor actor, ProjectAccess projects, QuotaLedger quotas) {
    require(actor, projects, ProjectRole.OPERATOR, "restart deployments");
    if (state == DeploymentState.STOPPING) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The deployment is stopping; restart it once it has stopped");
    }
    if (state.isFinal()) {
      quotas.reserve(ownerId, target.held(resources));
    }
    apply(new DeploymentRestartRequestedEvent(deploymentId, projectId, ownerId, modelName, generation + 1,
        target.held(resources)));
    return getVersion();
  }

  @CommandHandler
  public long handle(StopDeploymentCommand command, Actor actor, ProjectAccess projects) {
    require(actor, projects, ProjectRole.OPERATOR, "stop deployments");
    if (state.isFinal()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The deployment is not running (" + state + ")");
    }
    if (state != DeploymentState.STOPPING) {
      apply(new DeploymentStopRequestedEvent(deploymentId));
    }
    return getVersion();
  }

  /** Holds the quota a larger rollout needs beyond what the deployment holds already. */
  private Rollout reserveFor(Rollout next, QuotaLedger quotas) {
    int growth = next.total() - target.total();
    if (growth > 0) {
      quotas.reserve(ownerId, resources.times(growth));
    }
    return next;
  }

  private void require(Actor actor, ProjectAccess projects, ProjectRole minimum, String what) {
    var access = projects.of(projectId, actor);
    if (!access.visible()) {
      throw new KilnException(ErrorCode.DEPLOYMENT_NOT_FOUND, "Deployment not found");
    }
    access.require(actor, minimum, what);
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return map == null ? Map.of() : Map.copyOf(map);
  }
}
