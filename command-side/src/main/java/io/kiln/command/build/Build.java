package io.kiln.command.build;

import static io.kiln.command.Permissions.requireReporter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.build.AdmitBuildCommand;
import io.kiln.domain.build.BuildAdmittedEvent;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildPushingEvent;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildRunningEvent;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
import io.kiln.domain.build.CancelBuildCommand;
import io.kiln.domain.build.ReportBuildFailedCommand;
import io.kiln.domain.build.ReportBuildPushingCommand;
import io.kiln.domain.build.ReportBuildRunningCommand;
import io.kiln.domain.build.ReportBuildSucceededCommand;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.project.ProjectRole;
import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A source-to-image build: it waits in the build queue, runs once admitted, and ends with an image or a reason. */
@Aggregate
public class Build {
  static final String TIMEOUT = "build-timeout";
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final int LOG_TAIL_LIMIT = 8192;

  @AggregateIdentifier
  private String buildId;
  private String projectId;
  private String requestedBy;
  private BuildKind kind;
  private String name;
  private String modelId;
  private Editor editor;
  private String kernel;
  private BuildState state;
  private boolean admitted;
  private long timeoutSeconds;

  protected Build() {}

  @CommandHandler
  public Build(RequestBuildCommand command, Actor actor, ProjectAccess projects, Catalog catalog,
               BuildSettings settings) {
    projects.of(command.projectId(), actor).require(actor, ProjectRole.CONTRIBUTOR, "build images");
    BuildRules.check(command.kind(), command.name(), command.source(), command.recipe(), command.modelId());
    RuntimeEntry base = CatalogEntries.usableRuntime(catalog, command.baseRuntimeId(), command.projectId());
    BuildRecipe recipe = new BuildRecipe(command.recipe() == null || command.recipe().requirementsFile() == null
        ? BuildRules.DEFAULT_REQUIREMENTS : command.recipe().requirementsFile(),
        command.recipe() == null ? null : command.recipe().setupScript());
    String id = command.buildId().value();
    String image = settings.registry() + "/" + command.projectId().substring(0, 8) + "/" + command.name() + ":"
        + id.substring(0, 8);
    apply(new BuildRequestedEvent(id, command.projectId(), actor.id(), command.kind(), command.name(),
        command.source(), base.id(), base.image(), base.editor(), base.kernel(), recipe,
        command.modelId(), image, settings.timeout().toSeconds(), now()));
  }

  @CommandHandler
  public long handle(AdmitBuildCommand command, DeadlineManager deadlines) {
    if (state == BuildState.QUEUED && !admitted) {
      apply(new BuildAdmittedEvent(buildId, projectId));
      deadlines.schedule(now().plusSeconds(timeoutSeconds), TIMEOUT);
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(CancelBuildCommand command, Actor actor, ProjectAccess projects) {
    var access = projects.of(projectId, actor);
    if (!actor.is(requestedBy)) {
      access.require(actor, ProjectRole.ADMIN, "cancel other people's builds");
    } else if (!access.visible()) {
      throw new KilnException(ErrorCode.BUILD_NOT_FOUND, "Build not found");
    }
    if (state.isFinal()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The build has already ended (" + state + ")");
    }
    apply(new BuildCancelledEvent(buildId, projectId, actor.id()));
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportBuildRunningCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(BuildState.RUNNING)) {
      apply(new BuildRunningEvent(buildId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportBuildPushingCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(BuildState.PUSHING)) {
      apply(new BuildPushingEvent(buildId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportBuildSucceededCommand command, Actor actor) {
    requireReporter(actor);
    if (command.digest() == null || !DIGEST.matcher(command.digest()).matches()) {
      throw KilnException.invalid("digest", "must be sha256: followed by 64 hex digits");
    }
    if (command.image() == null || command.image().isBlank() || command.image().length() > 512) {
      throw KilnException.invalid("image", "is required");
    }
    if (state.canAdvanceTo(BuildState.SUCCEEDED)) {
      apply(new BuildSucceededEvent(buildId, projectId, kind, name, modelId, command.image(), command.digest(),
          editor, kernel));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportBuildFailedCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(BuildState.FAILED)) {
      String tail = tail(command.logTail());
      if (command.timedOut()) {
        apply(new BuildTimedOutEvent(buildId, projectId, tail));
      } else {
        String reason = command.reason() == null || command.reason().isBlank() ? "unknown" : command.reason();
        apply(new BuildFailedEvent(buildId, projectId, reason.length() > 1000 ? reason.substring(0, 1000) : reason,
            tail));
      }
    }
    return getVersion();
  }

  @DeadlineHandler(deadlineName = TIMEOUT)
  void timedOut() {
    if (!state.isFinal()) {
      apply(new BuildTimedOutEvent(buildId, projectId, null));
    }
  }

  private static String tail(String log) {
    if (log == null) {
      return null;
    }
    return log.length() > LOG_TAIL_LIMIT ? log.substring(log.length() - LOG_TAIL_LIMIT) : log;
  }

  private static Instant now() {
    return GenericEventMessage.clock.instant();
  }

  @EventSourcingHandler
  void on(BuildRequestedEvent event) {
    buildId = event.buildId();
    projectId = event.projectId();
    requestedBy = event.requestedBy();
    kind = event.kind();
    name = event.name();
    modelId = event.modelId();
    editor = event.editor();
    kernel = event.kernel();
    timeoutSeconds = event.timeoutSeconds();
    state = BuildState.QUEUED;
  }

  @EventSourcingHandler
  void on(BuildAdmittedEvent event) {
    admitted = true;
  }

  @EventSourcingHandler
  void on(BuildRunningEvent event) {
    state = BuildState.RUNNING;
  }

  @EventSourcingHandler
  void on(BuildPushingEvent event) {
    state = BuildState.PUSHING;
  }

  @EventSourcingHandler
  void on(BuildSucceededEvent event) {
    state = BuildState.SUCCEEDED;
  }

  @EventSourcingHandler
  void on(BuildFailedEvent event) {
    state = BuildState.FAILED;
  }

  @EventSourcingHandler
  void on(BuildTimedOutEvent event) {
    state = BuildState.TIMEDOUT;
  }

  @EventSourcingHandler
  void on(BuildCancelledEvent event) {
    state = BuildState.CANCELLED;
  }
}
