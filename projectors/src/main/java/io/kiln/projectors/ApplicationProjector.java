package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.APPLICATION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationRunningEvent;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.domain.application.FindApplicationQuery;
import io.kiln.domain.application.ListApplicationsQuery;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.application.ApplicationViews;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
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

/** Keeps {@code readmodel.application} and publishes each changed application to live collections. */
@Component
@ProcessingGroup(ApplicationProjector.GROUP)
public class ApplicationProjector {
  public static final String GROUP = "applications-projection";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final ApplicationViews views;

  ApplicationProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new ApplicationViews(dsl);
  }

  @EventHandler
  void on(ApplicationCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version)
      throws JsonProcessingException {
    dsl.insertInto(APPLICATION)
        .set(APPLICATION.APPLICATION_ID, UUID.fromString(e.applicationId()))
        .set(APPLICATION.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(APPLICATION.OWNER_ID, UUID.fromString(e.ownerId()))
        .set(APPLICATION.NAME, e.name())
        .set(APPLICATION.NAME_KEY, e.name().toLowerCase(Locale.ROOT))
        .set(APPLICATION.SUBDOMAIN, e.subdomain())
        .set(APPLICATION.SCRIPT, e.script())
        .set(APPLICATION.STATE, ApplicationState.STARTING.name())
        .set(APPLICATION.RUNTIME_ID, UUID.fromString(e.runtimeId()))
        .set(APPLICATION.RUNTIME_NAME, e.runtimeName())
        .set(APPLICATION.IMAGE, e.image())
        .set(APPLICATION.RUNTIME_DEPRECATED, e.runtimeDeprecated())
        .set(APPLICATION.PROFILE_ID, UUID.fromString(e.profileId()))
        .set(APPLICATION.PROFILE_NAME, e.profileName())
        .set(APPLICATION.CPU_MILLIS, e.resources().cpuMillis())
        .set(APPLICATION.MEMORY_MIB, e.resources().memoryMiB())
        .set(APPLICATION.GPUS, e.resources().gpus())
        .set(APPLICATION.GPU_TYPE, e.resources().gpuType())
        .set(APPLICATION.ENVIRONMENT, JSONB.valueOf(JSON.writeValueAsString(e.environment())))
        .set(APPLICATION.CREATED_AT, utc(at))
        .set(APPLICATION.UPDATED_AT, utc(at))
        .set(APPLICATION.VERSION, version)
        .onConflict(APPLICATION.APPLICATION_ID).doNothing()
        .execute();
    changed(e.applicationId(), version);
  }

  @EventHandler
  void on(ApplicationRestartRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(APPLICATION.STATE, ApplicationState.STARTING.name());
    changes.put(APPLICATION.URL, null);
    changes.put(APPLICATION.FAILURE_REASON, null);
    update(e.applicationId(), at, version, changes);
  }

  @EventHandler
  void on(ApplicationRunningEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(APPLICATION.STATE, ApplicationState.RUNNING.name());
    changes.put(APPLICATION.URL, e.url());
    update(e.applicationId(), at, version, changes);
  }

  @EventHandler
  void on(ApplicationStopRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.applicationId(), at, version, Map.of(APPLICATION.STATE, ApplicationState.STOPPING.name()));
  }

  @EventHandler
  void on(ApplicationStoppedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.applicationId(), at, version, Map.of(APPLICATION.STATE, ApplicationState.STOPPED.name()));
  }

  @EventHandler
  void on(ApplicationFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.applicationId(), at, version, Map.of(APPLICATION.STATE, ApplicationState.FAILED.name(),
        APPLICATION.FAILURE_REASON, e.reason()));
  }

  @EventHandler
  void on(ApplicationDeletedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.applicationId(), at, version, Map.of(APPLICATION.STATE, ApplicationState.DELETED.name()));
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.APPLICATIONS);
    dsl.deleteFrom(APPLICATION).execute();
  }

  private void update(String applicationId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, APPLICATION, APPLICATION.APPLICATION_ID, applicationId, APPLICATION.UPDATED_AT,
        APPLICATION.VERSION, at, version, changes);
    changed(applicationId, version);
  }

  private void changed(String applicationId, long version) {
    updates.applied(ReadModels.APPLICATIONS, applicationId, version);
    views.byId(applicationId).ifPresent(view -> {
      live.publish(ListApplicationsQuery.class, q -> q.projectId().equals(view.projectId()), view);
      live.publish(FindApplicationQuery.class, q -> q.applicationId().equals(view.id()), view);
    });
  }
}
