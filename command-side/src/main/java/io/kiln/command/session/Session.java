package io.kiln.command.session;

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
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.session.RecordSessionActivityCommand;
import io.kiln.domain.session.ReportSessionFailedCommand;
import io.kiln.domain.session.ReportSessionRunningCommand;
import io.kiln.domain.session.ReportSessionStartingCommand;
import io.kiln.domain.session.ReportSessionStoppedCommand;
import io.kiln.domain.session.SessionActivityRecordedEvent;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionRunningEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStartingEvent;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopReason;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.domain.session.StartSessionCommand;
import io.kiln.domain.session.StopSessionCommand;
import io.kiln.domain.workload.WorkloadNames;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An interactive session: its lifecycle as the cluster reports it, stopped by its users, by idle culling or at the
 * workspace's maximum duration.
 */
@Aggregate
public class Session {
  static final String IDLE_CHECK = "session-idle-check";
  static final String MAX_DURATION = "session-max-duration";
  private static final Duration ACTIVITY_RESOLUTION = Duration.ofMinutes(1);

  @AggregateIdentifier
  private String sessionId;
  private String projectId;
  private String ownerId;
  private SessionState state;
  private Duration idleTimeout;
  private Instant lastActivity;

  protected Session() {}

  @CommandHandler
  public Session(StartSessionCommand command, Actor actor, ProjectAccess projects, Catalog catalog,
                 QuotaLedger quotas, SessionSettings settings, DeadlineManager deadlines) {
    projects.of(command.projectId(), actor).require(actor, ProjectRole.CONTRIBUTOR, "start sessions");
    WorkloadNames.check("name", command.name(), false);
    Duration idle = idleTimeout(command.idleTimeoutMinutes(), settings);
    RuntimeEntry runtime = CatalogEntries.usableRuntime(catalog, command.runtimeId(), command.projectId());
    ProfileEntry profile = CatalogEntries.activeProfile(catalog, command.profileId());
    quotas.reserve(actor.id(), profile.resources());
    Instant now = now();
    apply(new SessionStartRequestedEvent(command.sessionId().value(), command.projectId(), actor.id(),
        command.name(), runtime.id(), runtime.name(), runtime.image(), runtime.editor(), runtime.deprecated(),
        profile.id(), profile.name(), profile.resources(), idle.toSeconds(), now.plus(settings.maxDuration())));
    deadlines.schedule(now.plus(idle), IDLE_CHECK);
    deadlines.schedule(now.plus(settings.maxDuration()), MAX_DURATION);
  }

  @CommandHandler
  public long handle(StopSessionCommand command, Actor actor, ProjectAccess projects) {
    var access = projects.of(projectId, actor);
    if (!actor.is(ownerId)) {
      access.require(actor, ProjectRole.ADMIN, "stop other people's sessions");
    } else if (!access.visible()) {
      throw new KilnException(ErrorCode.SESSION_NOT_FOUND, "Session not found");
    }
    if (state.isFinal()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The session has already ended (" + state + ")");
    }
    if (state != SessionState.STOPPING) {
      apply(new SessionStopRequestedEvent(sessionId, SessionStopReason.USER));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportSessionStartingCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(SessionState.STARTING)) {
      apply(new SessionStartingEvent(sessionId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportSessionRunningCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(SessionState.RUNNING)) {
      apply(new SessionRunningEvent(sessionId, command.url()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportSessionStoppedCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(SessionState.STOPPED)) {
      apply(new SessionStoppedEvent(sessionId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportSessionFailedCommand command, Actor actor) {
    requireReporter(actor);
    if (state.canAdvanceTo(SessionState.FAILED)) {
      String reason = command.reason() == null || command.reason().isBlank() ? "unknown" : command.reason();
      apply(new SessionFailedEvent(sessionId, reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(RecordSessionActivityCommand command, Actor actor) {
    requireReporter(actor);
    Instant at = command.at() == null ? now() : command.at();
    if (!state.isFinal() && state != SessionState.STOPPING && !at.isAfter(now().plusSeconds(60))
        && at.isAfter(lastActivity.plus(ACTIVITY_RESOLUTION))) {
      apply(new SessionActivityRecordedEvent(sessionId, at));
    }
    return getVersion();
  }

  /**
   * The first parameter of a handler is the payload it accepts; this deadline has none, so the first parameter is the
   * message itself, leaving the deadline manager to be injected as a resource.
   */
  @DeadlineHandler(deadlineName = IDLE_CHECK)
  void idleCheck(DeadlineMessage<?> deadline, DeadlineManager deadlines) {
    if (!state.holdsResources()) {
      return;
    }
    Instant due = lastActivity.plus(idleTimeout);
    if (now().isBefore(due)) {
      deadlines.schedule(due, IDLE_CHECK);
    } else {
      apply(new SessionStopRequestedEvent(sessionId, SessionStopReason.IDLE_TIMEOUT));
    }
  }

  @DeadlineHandler(deadlineName = MAX_DURATION)
  void maxDurationReached() {
    if (state.holdsResources()) {
      apply(new SessionStopRequestedEvent(sessionId, SessionStopReason.MAX_DURATION));
    }
  }

  private static Duration idleTimeout(Integer minutes, SessionSettings settings) {
    if (minutes == null) {
      return settings.defaultIdleTimeout();
    }
    Duration chosen = Duration.ofMinutes(minutes);
    if (minutes < 1 || chosen.compareTo(settings.maxIdleTimeout()) > 0) {
      throw KilnException.invalid("idleTimeoutMinutes", "must be between 1 and "
          + settings.maxIdleTimeout().toMinutes());
    }
    return chosen;
  }

  private static Instant now() {
    return GenericEventMessage.clock.instant();
  }

  @EventSourcingHandler
  void on(SessionStartRequestedEvent event, @Timestamp Instant at) {
    sessionId = event.sessionId();
    projectId = event.projectId();
    ownerId = event.ownerId();
    state = SessionState.SCHEDULING;
    idleTimeout = Duration.ofSeconds(event.idleTimeoutSeconds());
    lastActivity = at;
  }

  @EventSourcingHandler
  void on(SessionStartingEvent event) {
    state = SessionState.STARTING;
  }

  @EventSourcingHandler
  void on(SessionRunningEvent event) {
    state = SessionState.RUNNING;
  }

  @EventSourcingHandler
  void on(SessionStopRequestedEvent event) {
    state = SessionState.STOPPING;
  }

  @EventSourcingHandler
  void on(SessionStoppedEvent event) {
    state = SessionState.STOPPED;
  }

  @EventSourcingHandler
  void on(SessionFailedEvent event) {
    state = SessionState.FAILED;
  }

  @EventSourcingHandler
  void on(SessionActivityRecordedEvent event) {
    lastActivity = event.at();
  }
}
