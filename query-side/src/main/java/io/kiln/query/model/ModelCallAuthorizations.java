package io.kiln.query.model;

import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_ACCESS_KEY;

import io.kiln.domain.model.ModelCallAuthorization;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Whether a call presenting the key with this hash (null: none) may call a model; empty when there is no model. */
public final class ModelCallAuthorizations {
  private ModelCallAuthorizations() {}

  public static Optional<ModelCallAuthorization> authorize(DSLContext dsl, UUID modelId, String keyHash) {
    List<Boolean> required = dsl.select(MODEL.ACCESS_KEY_REQUIRED).from(MODEL).where(MODEL.MODEL_ID.eq(modelId))
        .fetch(MODEL.ACCESS_KEY_REQUIRED);
    if (required.isEmpty()) {
      return Optional.empty();
    }
    var key = keyHash == null ? null : dsl.selectFrom(MODEL_ACCESS_KEY)
        .where(MODEL_ACCESS_KEY.MODEL_ID.eq(modelId)).and(MODEL_ACCESS_KEY.KEY_HASH.eq(keyHash))
        .fetchOne();
    boolean keyRequired = required.get(0);
    if (key != null && key.getRevokedAt() == null) {
      return Optional.of(new ModelCallAuthorization(true, keyRequired, key.getKeyId().toString(), null));
    }
    if (!keyRequired) {
      return Optional.of(new ModelCallAuthorization(true, false, null, null));
    }
    String reason = keyHash == null ? "The model needs an access key"
        : key != null ? "The access key is revoked" : "The key is not an access key of this model";
    return Optional.of(new ModelCallAuthorization(false, true, null, reason));
  }
}
