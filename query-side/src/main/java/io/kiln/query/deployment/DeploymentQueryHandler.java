package io.kiln.query.deployment;

import static io.kiln.query.jooq.Tables.DEPLOYMENT;

import io.kiln.domain.deployment.DeploymentPage;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.FindDeploymentQuery;
import io.kiln.domain.deployment.ListDeploymentsQuery;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Deployments of models in the projects the viewer may see, newest first. */
@Component
class DeploymentQueryHandler {
  private static final Keyset<OffsetDateTime> NEWEST_FIRST =
      new Keyset<>(DEPLOYMENT.CREATED_AT, DEPLOYMENT.DEPLOYMENT_ID, true, OffsetDateTime::parse);
  private final DeploymentViews views;

  DeploymentQueryHandler(DSLContext dsl) {
    this.views = new DeploymentViews(dsl);
  }

  @QueryHandler
  Optional<DeploymentView> handle(FindDeploymentQuery query) {
    return Uuids.parse(query.deploymentId())
        .flatMap(id -> views.select().where(DEPLOYMENT.DEPLOYMENT_ID.eq(id))
            .and(ProjectVisibility.visibleTo(query.viewer(), DEPLOYMENT.PROJECT_ID)).fetchOptional())
        .map(DeploymentViews::view);
  }

  @QueryHandler
  DeploymentPage handle(ListDeploymentsQuery query) {
    UUID modelId = Uuids.parse(query.modelId()).orElse(new UUID(0, 0));
    var rows = views.select().where(DEPLOYMENT.MODEL_ID.eq(modelId))
        .and(ProjectVisibility.visibleTo(query.viewer(), DEPLOYMENT.PROJECT_ID))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(), DeploymentViews::views);
    return new DeploymentPage(slice.items(), slice.nextPageToken());
  }
}
