package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.RESOURCE_PROFILE;
import static io.kiln.query.jooq.Tables.RUNTIME;

import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.ResourceProfileDefinedEvent;
import io.kiln.domain.catalog.ResourceProfileResizedEvent;
import io.kiln.domain.catalog.ResourceProfileRetiredEvent;
import io.kiln.domain.catalog.RuntimeImageChangedEvent;
import io.kiln.domain.catalog.RuntimeRegisteredEvent;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeStatusChangedEvent;
import io.kiln.domain.readmodel.ReadModels;
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
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.runtime} and {@code readmodel.resource_profile}. */
@Component
@ProcessingGroup(CatalogProjector.GROUP)
public class CatalogProjector {
  public static final String GROUP = "catalog-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  CatalogProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(RuntimeRegisteredEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(RUNTIME)
        .set(RUNTIME.RUNTIME_ID, UUID.fromString(e.runtimeId()))
        .set(RUNTIME.NAME, e.name())
        .set(RUNTIME.NAME_KEY, e.name().toLowerCase(Locale.ROOT))
        .set(RUNTIME.IMAGE, e.image())
        .set(RUNTIME.EDITOR, WireNames.of(e.editor()))
        .set(RUNTIME.KERNEL, e.kernel())
        .set(RUNTIME.STATUS, WireNames.of(RuntimeStatus.ENABLED))
        .set(RUNTIME.PROJECT_ID, e.projectId() == null ? null : UUID.fromString(e.projectId()))
        .set(RUNTIME.LOCAL_COMMAND, e.localCommand())
        .set(RUNTIME.EDITOR_COMMAND, e.editorCommand())
        .set(RUNTIME.CREATED_AT, utc(at))
        .set(RUNTIME.UPDATED_AT, utc(at))
        .set(RUNTIME.VERSION, version)
        .onConflict(RUNTIME.RUNTIME_ID).doNothing()
        .execute();
    updates.applied(ReadModels.RUNTIMES, e.runtimeId(), version);
  }

  @EventHandler
  void on(RuntimeImageChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    runtime(e.runtimeId(), at, version, Map.of(RUNTIME.IMAGE, e.image()));
  }

  @EventHandler
  void on(RuntimeStatusChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    runtime(e.runtimeId(), at, version, Map.of(RUNTIME.STATUS, WireNames.of(e.status())));
  }

  @EventHandler
  void on(ResourceProfileDefinedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(RESOURCE_PROFILE)
        .set(RESOURCE_PROFILE.PROFILE_ID, UUID.fromString(e.profileId()))
        .set(RESOURCE_PROFILE.NAME, e.name())
        .set(RESOURCE_PROFILE.NAME_KEY, e.name().toLowerCase(Locale.ROOT))
        .set(RESOURCE_PROFILE.CPU_MILLIS, e.cpuMillis())
        .set(RESOURCE_PROFILE.MEMORY_MIB, e.memoryMiB())
        .set(RESOURCE_PROFILE.GPUS, e.gpus())
        .set(RESOURCE_PROFILE.GPU_TYPE, e.gpuType())
        .set(RESOURCE_PROFILE.RETIRED, false)
        .set(RESOURCE_PROFILE.CREATED_AT, utc(at))
        .set(RESOURCE_PROFILE.UPDATED_AT, utc(at))
        .set(RESOURCE_PROFILE.VERSION, version)
        .onConflict(RESOURCE_PROFILE.PROFILE_ID).doNothing()
        .execute();
    updates.applied(ReadModels.RESOURCE_PROFILES, e.profileId(), version);
  }

  @EventHandler
  void on(ResourceProfileResizedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> size = new HashMap<>();
    size.put(RESOURCE_PROFILE.CPU_MILLIS, e.cpuMillis());
    size.put(RESOURCE_PROFILE.MEMORY_MIB, e.memoryMiB());
    size.put(RESOURCE_PROFILE.GPUS, e.gpus());
    size.put(RESOURCE_PROFILE.GPU_TYPE, e.gpuType());
    profile(e.profileId(), at, version, size);
  }

  @EventHandler
  void on(ResourceProfileRetiredEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    profile(e.profileId(), at, version, Map.of(RESOURCE_PROFILE.RETIRED, true));
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.RUNTIMES);
    updates.reset(ReadModels.RESOURCE_PROFILES);
    dsl.deleteFrom(RUNTIME).execute();
    dsl.deleteFrom(RESOURCE_PROFILE).execute();
  }

  private void runtime(String id, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, RUNTIME, RUNTIME.RUNTIME_ID, id, RUNTIME.UPDATED_AT, RUNTIME.VERSION, at, version, changes);
    updates.applied(ReadModels.RUNTIMES, id, version);
  }

  private void profile(String id, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, RESOURCE_PROFILE, RESOURCE_PROFILE.PROFILE_ID, id, RESOURCE_PROFILE.UPDATED_AT,
        RESOURCE_PROFILE.VERSION, at, version, changes);
    updates.applied(ReadModels.RESOURCE_PROFILES, id, version);
  }
}
