package io.kiln.query.model;

import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_VERSION;

import io.kiln.domain.Actor;
import io.kiln.domain.model.FindModelQuery;
import io.kiln.domain.model.FindModelVersionQuery;
import io.kiln.domain.model.ListModelVersionsQuery;
import io.kiln.domain.model.ListModelsQuery;
import io.kiln.domain.model.ModelPage;
import io.kiln.domain.model.ModelVersionPage;
import io.kiln.domain.model.ModelVersionView;
import io.kiln.domain.model.ModelView;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Models of the projects the viewer may see, by name, and their versions, newest first. */
@Component
class ModelQueryHandler {
  private static final Keyset<String> BY_NAME = Keyset.byName(MODEL.NAME_KEY, MODEL.MODEL_ID);
  private static final Keyset<Integer> NEWEST_FIRST =
      new Keyset<>(MODEL_VERSION.NUMBER, MODEL_VERSION.BUILD_ID, true, Integer::valueOf);
  private final DSLContext dsl;
  private final ModelViews views;

  ModelQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
    this.views = new ModelViews(dsl);
  }

  @QueryHandler
  Optional<ModelView> handle(FindModelQuery query) {
    return Uuids.parse(query.modelId())
        .flatMap(id -> views.select().where(MODEL.MODEL_ID.eq(id))
            .and(ProjectVisibility.visibleTo(query.viewer(), MODEL.PROJECT_ID)).fetchOptional())
        .map(ModelViews::view);
  }

  @QueryHandler
  ModelPage handle(ListModelsQuery query) {
    UUID projectId = Uuids.parse(query.projectId()).orElse(new UUID(0, 0));
    var rows = views.select().where(MODEL.PROJECT_ID.eq(projectId))
        .and(ProjectVisibility.visibleTo(query.viewer(), MODEL.PROJECT_ID))
        .and(BY_NAME.after(query.pageToken()))
        .orderBy(BY_NAME.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = BY_NAME.slice(rows, query.pageSize(), ModelViews::views);
    return new ModelPage(slice.items(), slice.nextPageToken());
  }

  @QueryHandler
  ModelVersionPage handle(ListModelVersionsQuery query) {
    Optional<UUID> modelId = visibleModel(query.modelId(), query.viewer());
    if (modelId.isEmpty()) {
      return new ModelVersionPage(List.of(), null);
    }
    var rows = dsl.selectFrom(MODEL_VERSION).where(MODEL_VERSION.MODEL_ID.eq(modelId.get()))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(),
        page -> page.stream().map(ModelViews::version).toList());
    return new ModelVersionPage(slice.items(), slice.nextPageToken());
  }

  @QueryHandler
  Optional<ModelVersionView> handle(FindModelVersionQuery query) {
    return visibleModel(query.modelId(), query.viewer())
        .flatMap(id -> views.version(id.toString(), query.number()));
  }

  private Optional<UUID> visibleModel(String modelId, Actor viewer) {
    return Uuids.parse(modelId).filter(id -> dsl.fetchExists(dsl.selectOne().from(MODEL)
        .where(MODEL.MODEL_ID.eq(id)).and(ProjectVisibility.visibleTo(viewer, MODEL.PROJECT_ID))));
  }
}
