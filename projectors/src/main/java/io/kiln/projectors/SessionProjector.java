package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.SESSION;

import io.kiln.domain.WireNames;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.ListSessionsQuery;
import io.kiln.domain.session.SessionActivityRecordedEvent;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionRunningEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStartingEvent;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.query.session.SessionViews;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.session} and publishes each changed session to live collections. */
@Component
@ProcessingGroup(SessionProjector.GROUP)
public class SessionProjector {
  public static final String GROUP = "sessions-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final SessionViews views;

  SessionProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new SessionViews(dsl);
  }

  @EventHandler
  void on(SessionStartRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(SESSION)
        .set(SESSION.SESSION_ID, UUID.fromString(e.sessionId()))
        .set(SESSION.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(SESSION.OWNER_ID, UUID.fromString(e.ownerId()))
        .set(SESSION.NAME, e.name())
        .set(SESSION.STATE, SessionState.SCHEDULING.name())
        .set(SESSION.RUNTIME_ID, UUID.fromString(e.runtimeId()))
        .set(SESSION.RUNTIME_NAME, e.runtimeName())
        .set(SESSION.IMAGE, e.image())
        .set(SESSION.EDITOR, WireNames.of(e.editor()))
        .set(SESSION.RUNTIME_DEPRECATED, e.runtimeDeprecated())
        .set(SESSION.PROFILE_ID, UUID.fromString(e.profileId()))
        .set(SESSION.PROFILE_NAME, e.profileName())
        .set(SESSION.CPU_MILLIS, e.resources().cpuMillis())
        .set(SESSION.MEMORY_MIB, e.resources().memoryMiB())
        .set(SESSION.GPUS, e.resources().gpus())
        .set(SESSION.GPU_TYPE, e.resources().gpuType())
        .set(SESSION.IDLE_TIMEOUT_SECONDS, e.idleTimeoutSeconds())
        .set(SESSION.LAST_ACTIVITY_AT, utc(at))
        .set(SESSION.ENDS_AT, utc(e.endsAt()))
        .set(SESSION.CREATED_AT, utc(at))
        .set(SESSION.UPDATED_AT, utc(at))
        .set(SESSION.VERSION, version)
        .onConflict(SESSION.SESSION_ID).doNothing()
        .execute();
    changed(e.sessionId(), version);
  }

  @EventHandler
  void on(SessionStartingEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, Map.of(SESSION.STATE, SessionState.STARTING.name()));
  }

  @EventHandler
  void on(SessionRunningEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, e.url() == null ? Map.of(SESSION.STATE, SessionState.RUNNING.name())
        : Map.of(SESSION.STATE, SessionState.RUNNING.name(), SESSION.URL, e.url()));
  }

  @EventHandler
  void on(SessionStopRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, Map.of(SESSION.STATE, SessionState.STOPPING.name(),
        SESSION.STOP_REASON, e.reason().name()));
  }

  @EventHandler
  void on(SessionStoppedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, Map.of(SESSION.STATE, SessionState.STOPPED.name()));
  }

  @EventHandler
  void on(SessionFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, Map.of(SESSION.STATE, SessionState.FAILED.name(),
        SESSION.FAILURE_REASON, e.reason()));
  }

  @EventHandler
  void on(SessionActivityRecordedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.sessionId(), at, version, Map.of(SESSION.LAST_ACTIVITY_AT, utc(e.at())));
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.SESSIONS);
    dsl.deleteFrom(SESSION).execute();
  }

  private void update(String sessionId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, SESSION, SESSION.SESSION_ID, sessionId, SESSION.UPDATED_AT, SESSION.VERSION, at, version,
        changes);
    changed(sessionId, version);
  }

  private void changed(String sessionId, long version) {
    updates.applied(ReadModels.SESSIONS, sessionId, version);
    views.byId(sessionId).ifPresent(view -> {
      live.publish(ListSessionsQuery.class, q -> q.projectId().equals(view.projectId()), view);
      live.publish(FindSessionQuery.class, q -> q.sessionId().equals(view.id()), view);
    });
  }
}
