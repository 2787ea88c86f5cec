package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.BUILD;
import static io.kiln.query.jooq.Tables.BUILD_QUEUE_ENTRY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.build.BuildAdmittedEvent;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildDispatchedEvent;
import io.kiln.domain.build.BuildEnqueuedEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildPushingEvent;
import io.kiln.domain.build.BuildReleasedEvent;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildRunningEvent;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.FindBuildQuery;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.build.BuildViews;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.build} and the queue's entries; publishes changed builds, and positions as the queue moves. */
@Component
@ProcessingGroup(BuildProjector.GROUP)
public class BuildProjector {
  public static final String GROUP = "builds-projection";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final BuildViews views;

  BuildProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new BuildViews(dsl);
  }

  @EventHandler
  void on(BuildRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) throws JsonProcessingException {
    dsl.insertInto(BUILD)
        .set(BUILD.BUILD_ID, UUID.fromString(e.buildId()))
        .set(BUILD.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(BUILD.REQUESTED_BY, UUID.fromString(e.requestedBy()))
        .set(BUILD.KIND, e.kind().name())
        .set(BUILD.NAME, e.name())
        .set(BUILD.SOURCE, JSONB.valueOf(JSON.writeValueAsString(e.source())))
        .set(BUILD.BASE_RUNTIME_ID, UUID.fromString(e.baseRuntimeId()))
        .set(BUILD.RECIPE, JSONB.valueOf(JSON.writeValueAsString(e.recipe())))
        .set(BUILD.MODEL_ID, e.modelId() == null ? null : UUID.fromString(e.modelId()))
        .set(BUILD.STATE, BuildState.QUEUED.name())
        .set(BUILD.ADMITTED, false)
        .set(BUILD.IMAGE, e.image())
        .set(BUILD.CREATED_AT, utc(at))
        .set(BUILD.UPDATED_AT, utc(at))
        .set(BUILD.VERSION, version)
        .onConflict(BUILD.BUILD_ID).doNothing()
        .execute();
    changed(e.buildId(), version);
  }

  @EventHandler
  void on(BuildAdmittedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.buildId(), at, version, Map.of(BUILD.ADMITTED, true));
  }

  @EventHandler
  void on(BuildRunningEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.buildId(), at, version, Map.of(BUILD.STATE, BuildState.RUNNING.name()));
  }

  @EventHandler
  void on(BuildPushingEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.buildId(), at, version, Map.of(BUILD.STATE, BuildState.PUSHING.name()));
  }

  @EventHandler
  void on(BuildSucceededEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.buildId(), at, version, Map.of(BUILD.STATE, BuildState.SUCCEEDED.name(), BUILD.IMAGE, e.image(),
        BUILD.DIGEST, e.digest()));
  }

  @EventHandler
  void on(BuildFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    ended(e.buildId(), at, version, BuildState.FAILED, e.reason(), e.logTail());
  }

  @EventHandler
  void on(BuildTimedOutEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    ended(e.buildId(), at, version, BuildState.TIMEDOUT, "The build ran past its timeout", e.logTail());
  }

  @EventHandler
  void on(BuildCancelledEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    ended(e.buildId(), at, version, BuildState.CANCELLED, null, null);
  }

  @EventHandler
  void on(BuildEnqueuedEvent e, @SequenceNumber long position) {
    dsl.insertInto(BUILD_QUEUE_ENTRY)
        .set(BUILD_QUEUE_ENTRY.BUILD_ID, UUID.fromString(e.buildId()))
        .set(BUILD_QUEUE_ENTRY.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(BUILD_QUEUE_ENTRY.ENQUEUED_AT, position)
        .set(BUILD_QUEUE_ENTRY.DISPATCHED, false)
        .onConflict(BUILD_QUEUE_ENTRY.BUILD_ID).doNothing()
        .execute();
    queueMoved();
  }

  @EventHandler
  void on(BuildDispatchedEvent e) {
    dsl.update(BUILD_QUEUE_ENTRY).set(BUILD_QUEUE_ENTRY.DISPATCHED, true)
        .where(BUILD_QUEUE_ENTRY.BUILD_ID.eq(UUID.fromString(e.buildId()))).execute();
    queueMoved();
    views.byId(e.buildId()).ifPresent(this::publish);
  }

  @EventHandler
  void on(BuildReleasedEvent e) {
    dsl.deleteFrom(BUILD_QUEUE_ENTRY).where(BUILD_QUEUE_ENTRY.BUILD_ID.eq(UUID.fromString(e.buildId()))).execute();
    queueMoved();
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.BUILDS);
    dsl.deleteFrom(BUILD_QUEUE_ENTRY).execute();
    dsl.deleteFrom(BUILD).execute();
  }

  private void ended(String buildId, Instant at, long version, BuildState state, String reason, String logTail) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(BUILD.STATE, state.name());
    changes.put(BUILD.FAILURE_REASON, reason);
    changes.put(BUILD.LOG_TAIL, logTail);
    update(buildId, at, version, changes);
  }

  private void update(String buildId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, BUILD, BUILD.BUILD_ID, buildId, BUILD.UPDATED_AT, BUILD.VERSION, at, version, changes);
    changed(buildId, version);
  }

  private void changed(String buildId, long version) {
    updates.applied(ReadModels.BUILDS, buildId, version);
    views.byId(buildId).ifPresent(this::publish);
  }

  /** Every waiting build's position may have changed. */
  private void queueMoved() {
    views.waiting().forEach(this::publish);
  }

  private void publish(BuildView view) {
    live.publish(ListBuildsQuery.class, q -> q.modelId() == null ? view.projectId().equals(q.projectId())
        : q.modelId().equals(view.modelId()), view);
    live.publish(FindBuildQuery.class, q -> q.buildId().equals(view.id()), view);
  }
}
