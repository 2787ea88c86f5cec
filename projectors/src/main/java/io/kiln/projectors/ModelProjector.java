package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_ACCESS_KEY;
import static io.kiln.query.jooq.Tables.MODEL_VERSION;

import io.kiln.domain.model.FindModelQuery;
import io.kiln.domain.model.ListModelVersionsQuery;
import io.kiln.domain.model.ListModelsQuery;
import io.kiln.domain.model.ModelAccessKeyCreatedEvent;
import io.kiln.domain.model.ModelAccessKeyRevokedEvent;
import io.kiln.domain.model.ModelCreatedEvent;
import io.kiln.domain.model.ModelDescriptionChangedEvent;
import io.kiln.domain.model.ModelKeyRequirementChangedEvent;
import io.kiln.domain.model.ModelRules;
import io.kiln.domain.model.ModelVersionRegisteredEvent;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.model.ModelViews;
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
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.model}, its versions and access keys; publishes changed models and new versions. */
@Component
@ProcessingGroup(ModelProjector.GROUP)
public class ModelProjector {
  public static final String GROUP = "models-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final ModelViews views;

  ModelProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new ModelViews(dsl);
  }

  @EventHandler
  void on(ModelCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(MODEL)
        .set(MODEL.MODEL_ID, UUID.fromString(e.modelId()))
        .set(MODEL.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(MODEL.CREATED_BY, UUID.fromString(e.createdBy()))
        .set(MODEL.NAME, e.name())
        .set(MODEL.NAME_KEY, ModelRules.nameKey(e.name()))
        .set(MODEL.DESCRIPTION, e.description())
        .set(MODEL.FILE, e.file())
        .set(MODEL.FUNCTION, e.function())
        .set(MODEL.RUNTIME_ID, UUID.fromString(e.runtimeId()))
        .set(MODEL.RUNTIME_NAME, e.runtimeName())
        .set(MODEL.ACCESS_KEY_REQUIRED, e.accessKeyRequired())
        .set(MODEL.CREATED_AT, utc(at))
        .set(MODEL.UPDATED_AT, utc(at))
        .set(MODEL.VERSION, version)
        .onConflict(MODEL.MODEL_ID).doNothing()
        .execute();
    changed(e.modelId(), version);
  }

  @EventHandler
  void on(ModelDescriptionChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.modelId(), at, version, Map.of(MODEL.DESCRIPTION, e.description()));
  }

  @EventHandler
  void on(ModelKeyRequirementChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.modelId(), at, version, Map.of(MODEL.ACCESS_KEY_REQUIRED, e.accessKeyRequired()));
  }

  @EventHandler
  void on(ModelVersionRegisteredEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(MODEL_VERSION)
        .set(MODEL_VERSION.MODEL_ID, UUID.fromString(e.modelId()))
        .set(MODEL_VERSION.NUMBER, e.number())
        .set(MODEL_VERSION.BUILD_ID, UUID.fromString(e.buildId()))
        .set(MODEL_VERSION.IMAGE, e.image())
        .set(MODEL_VERSION.DIGEST, e.digest())
        .set(MODEL_VERSION.CREATED_AT, utc(at))
        .onConflict(MODEL_VERSION.MODEL_ID, MODEL_VERSION.NUMBER).doNothing()
        .execute();
    update(e.modelId(), at, version, Map.of(MODEL.LATEST_VERSION,
        DSL.greatest(DSL.coalesce(MODEL.LATEST_VERSION, 0), DSL.val(e.number()))));
    views.version(e.modelId(), e.number()).ifPresent(v ->
        live.publish(ListModelVersionsQuery.class, q -> q.modelId().equals(e.modelId()), v));
  }

  @EventHandler
  void on(ModelAccessKeyCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.insertInto(MODEL_ACCESS_KEY)
        .set(MODEL_ACCESS_KEY.KEY_ID, UUID.fromString(e.keyId()))
        .set(MODEL_ACCESS_KEY.MODEL_ID, UUID.fromString(e.modelId()))
        .set(MODEL_ACCESS_KEY.NAME, e.name())
        .set(MODEL_ACCESS_KEY.PREFIX, e.keyPrefix())
        .set(MODEL_ACCESS_KEY.KEY_HASH, e.keyHash())
        .set(MODEL_ACCESS_KEY.CREATED_BY, UUID.fromString(e.createdBy()))
        .set(MODEL_ACCESS_KEY.CREATED_AT, utc(at))
        .onConflict(MODEL_ACCESS_KEY.KEY_ID).doNothing()
        .execute();
    update(e.modelId(), at, version, Map.of());
  }

  @EventHandler
  void on(ModelAccessKeyRevokedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.update(MODEL_ACCESS_KEY).set(MODEL_ACCESS_KEY.REVOKED_AT, utc(at))
        .where(MODEL_ACCESS_KEY.KEY_ID.eq(UUID.fromString(e.keyId())))
        .and(MODEL_ACCESS_KEY.REVOKED_AT.isNull())
        .execute();
    update(e.modelId(), at, version, Map.of());
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.MODELS);
    dsl.deleteFrom(MODEL_ACCESS_KEY).execute();
    dsl.deleteFrom(MODEL_VERSION).execute();
    dsl.deleteFrom(MODEL).execute();
  }

  private void update(String modelId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, MODEL, MODEL.MODEL_ID, modelId, MODEL.UPDATED_AT, MODEL.VERSION, at, version, changes);
    changed(modelId, version);
  }

  private void changed(String modelId, long version) {
    updates.applied(ReadModels.MODELS, modelId, version);
    views.byId(modelId).ifPresent(view -> {
      live.publish(ListModelsQuery.class, q -> q.projectId().equals(view.projectId()), view);
      live.publish(FindModelQuery.class, q -> q.modelId().equals(view.id()), view);
    });
  }
}
