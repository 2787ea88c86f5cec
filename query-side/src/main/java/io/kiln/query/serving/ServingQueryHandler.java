package io.kiln.query.serving;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.DEPLOYMENT;
import static io.kiln.query.jooq.Tables.MODEL;
import static io.kiln.query.jooq.Tables.MODEL_SERVING_STATS;
import static io.kiln.query.jooq.Tables.PROJECT;

import io.kiln.domain.model.ModelRules;
import io.kiln.domain.project.ProjectRules;
import io.kiln.domain.serving.FindModelServingStatsQuery;
import io.kiln.domain.serving.ModelCallPlan;
import io.kiln.domain.serving.PrepareModelCallQuery;
import io.kiln.domain.serving.ModelServingStats;
import io.kiln.domain.serving.ResolveModelNameQuery;
import io.kiln.domain.serving.ServingRoute;
import io.kiln.domain.user.UserRules;
import io.kiln.query.Uuids;
import io.kiln.query.model.ModelCallAuthorizations;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * For Kiln's model route: which deployment serves a model now, which model a name means, and the calls it took.
 * Callers of a model are not people: these answers are not filtered by viewer, the route checks the model's key.
 */
@Component
class ServingQueryHandler {
  private static final UUID NONE = new UUID(0, 0);
  private final DSLContext dsl;

  ServingQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  Optional<ModelCallPlan> handle(PrepareModelCallQuery query) {
    UUID modelId = Uuids.parse(query.modelId()).orElse(NONE);
    return ModelCallAuthorizations.authorize(dsl, modelId, query.keyHash())
        .map(authorization -> new ModelCallPlan(authorization,
            authorization.allowed() ? route(query.modelId()).orElse(null) : null));
  }

  private Optional<ServingRoute> route(String id) {
    UUID modelId = Uuids.parse(id).orElse(NONE);
    return dsl.selectFrom(DEPLOYMENT)
        .where(DEPLOYMENT.MODEL_ID.eq(modelId)).and(DEPLOYMENT.SERVING_VERSION.isNotNull())
        .orderBy(DEPLOYMENT.CREATED_AT.desc(), DEPLOYMENT.DEPLOYMENT_ID)
        .limit(1)
        .fetchOptional()
        .map(d -> new ServingRoute(id, d.getDeploymentId().toString(), d.getServingVersion(),
            d.getServingCanaryVersion(), d.getServingCanaryVersion() == null || d.getServingCanaryPercent() == null
                ? 0 : d.getServingCanaryPercent()));
  }

  @QueryHandler
  List<String> handle(ResolveModelNameQuery query) {
    Condition named = MODEL.NAME_KEY.eq(ModelRules.nameKey(query.modelName()));
    if (query.ownerUsername() != null && query.projectName() != null) {
      named = named.and(PROJECT.NAME_KEY.eq(ProjectRules.nameKey(query.projectName())))
          .and(APP_USER.USERNAME_KEY.eq(UserRules.usernameKey(query.ownerUsername())));
    }
    return dsl.select(MODEL.MODEL_ID).from(MODEL)
        .join(PROJECT).on(PROJECT.PROJECT_ID.eq(MODEL.PROJECT_ID))
        .join(APP_USER).on(APP_USER.USER_ID.eq(PROJECT.OWNER_ID))
        .where(named)
        .orderBy(MODEL.MODEL_ID)
        .limit(2)
        .fetch(r -> r.value1().toString());
  }

  @QueryHandler
  ModelServingStats handle(FindModelServingStatsQuery query) {
    UUID modelId = Uuids.parse(query.modelId()).orElse(NONE);
    return ServingStatsViews.of(dsl.selectFrom(MODEL_SERVING_STATS).where(MODEL_SERVING_STATS.MODEL_ID.eq(modelId))
        .orderBy(MODEL_SERVING_STATS.MODEL_VERSION.desc()).fetch());
  }
}
