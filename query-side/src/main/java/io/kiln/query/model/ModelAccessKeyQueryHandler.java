package io.kiln.query.model;

import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_ACCESS_KEY;

import io.kiln.domain.model.AuthorizeModelCallQuery;
import io.kiln.domain.model.ListModelAccessKeysQuery;
import io.kiln.domain.model.ModelAccessKeyPage;
import io.kiln.domain.model.ModelCallAuthorization;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A model's access keys as people see them (never the hash), and whether a key may call the model. */
@Component
class ModelAccessKeyQueryHandler {
  private static final Keyset<OffsetDateTime> NEWEST_FIRST =
      new Keyset<>(MODEL_ACCESS_KEY.CREATED_AT, MODEL_ACCESS_KEY.KEY_ID, true, OffsetDateTime::parse);
  private final DSLContext dsl;

  ModelAccessKeyQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  ModelAccessKeyPage handle(ListModelAccessKeysQuery query) {
    UUID modelId = Uuids.parse(query.modelId()).orElse(new UUID(0, 0));
    var rows = dsl.select(MODEL_ACCESS_KEY.fields()).from(MODEL_ACCESS_KEY)
        .join(MODEL).on(MODEL.MODEL_ID.eq(MODEL_ACCESS_KEY.MODEL_ID))
        .where(MODEL_ACCESS_KEY.MODEL_ID.eq(modelId))
        .and(ProjectVisibility.visibleTo(query.viewer(), MODEL.PROJECT_ID))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(),
        page -> page.stream().map(r -> ModelViews.key(r.into(MODEL_ACCESS_KEY))).toList());
    return new ModelAccessKeyPage(slice.items(), slice.nextPageToken());
  }

  @QueryHandler
  ModelCallAuthorization handle(AuthorizeModelCallQuery query) {
    UUID modelId = Uuids.parse(query.modelId()).orElse(new UUID(0, 0));
    return ModelCallAuthorizations.authorize(dsl, modelId, query.keyHash())
        .orElse(new ModelCallAuthorization(false, true, null, "No such model"));
  }

}
