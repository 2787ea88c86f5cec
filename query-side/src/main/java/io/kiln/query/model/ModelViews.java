package io.kiln.query.model;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_ACCESS_KEY;
import static io.kiln.query.jooq.Tables.MODEL_VERSION;

import io.kiln.domain.model.ModelAccessKeyView;
import io.kiln.domain.model.ModelVersionView;
import io.kiln.domain.model.ModelView;
import io.kiln.query.jooq.tables.records.ModelAccessKeyRecord;
import io.kiln.query.jooq.tables.records.ModelVersionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads models (with their creator's name), versions and access keys as views; projectors use it to publish. */
public final class ModelViews {
  private final DSLContext dsl;

  public ModelViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<ModelView> byId(String modelId) {
    return select().where(MODEL.MODEL_ID.eq(UUID.fromString(modelId))).fetchOptional().map(ModelViews::view);
  }

  public Optional<ModelVersionView> version(String modelId, int number) {
    return dsl.selectFrom(MODEL_VERSION).where(MODEL_VERSION.MODEL_ID.eq(UUID.fromString(modelId)))
        .and(MODEL_VERSION.NUMBER.eq(number)).fetchOptional().map(ModelViews::version);
  }

  public Optional<ModelAccessKeyView> key(String keyId) {
    return dsl.selectFrom(MODEL_ACCESS_KEY).where(MODEL_ACCESS_KEY.KEY_ID.eq(UUID.fromString(keyId)))
        .fetchOptional().map(ModelViews::key);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(MODEL.fields()).select(APP_USER.USERNAME).from(MODEL)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(MODEL.CREATED_BY));
  }

  static List<ModelView> views(List<Record> rows) {
    return rows.stream().map(ModelViews::view).toList();
  }

  static ModelView view(Record r) {
    return new ModelView(r.get(MODEL.MODEL_ID).toString(), r.get(MODEL.PROJECT_ID).toString(),
        r.get(MODEL.CREATED_BY).toString(), r.get(APP_USER.USERNAME), r.get(MODEL.NAME), r.get(MODEL.DESCRIPTION),
        r.get(MODEL.FILE), r.get(MODEL.FUNCTION), r.get(MODEL.RUNTIME_ID).toString(), r.get(MODEL.RUNTIME_NAME),
        r.get(MODEL.ACCESS_KEY_REQUIRED), r.get(MODEL.LATEST_VERSION), instant(r.get(MODEL.CREATED_AT)),
        instant(r.get(MODEL.UPDATED_AT)), r.get(MODEL.VERSION));
  }

  static ModelVersionView version(ModelVersionRecord r) {
    return new ModelVersionView(r.getModelId().toString(), r.getNumber(), r.getBuildId().toString(), r.getImage(),
        r.getDigest(), instant(r.getCreatedAt()));
  }

  static ModelAccessKeyView key(ModelAccessKeyRecord r) {
    return new ModelAccessKeyView(r.getKeyId().toString(), r.getModelId().toString(), r.getName(), r.getPrefix(),
        r.getCreatedBy().toString(), instant(r.getCreatedAt()), instant(r.getRevokedAt()));
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
