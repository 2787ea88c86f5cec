package io.kiln.query.job;

import static io.kiln.query.jooq.Tables.JOB;

import io.kiln.domain.job.FindJobQuery;
import io.kiln.domain.job.JobPage;
import io.kiln.domain.job.JobView;
import io.kiln.domain.job.ListJobsQuery;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Jobs of the projects the viewer may see, by name; deleted ones are gone. */
@Component
class JobQueryHandler {
  private static final Keyset<String> BY_NAME = Keyset.byName(JOB.NAME_KEY, JOB.JOB_ID);
  private final JobViews views;

  JobQueryHandler(DSLContext dsl) {
    this.views = new JobViews(dsl);
  }

  @QueryHandler
  Optional<JobView> handle(FindJobQuery query) {
    return Uuids.parse(query.jobId())
        .flatMap(id -> views.select().where(JOB.JOB_ID.eq(id)).and(JOB.DELETED.isFalse())
            .and(ProjectVisibility.visibleTo(query.viewer(), JOB.PROJECT_ID)).fetchOptional())
        .map(JobViews::view);
  }

  @QueryHandler
  JobPage handle(ListJobsQuery query) {
    UUID projectId = Uuids.parse(query.projectId()).orElse(new UUID(0, 0));
    var rows = views.select().where(JOB.PROJECT_ID.eq(projectId)).and(JOB.DELETED.isFalse())
        .and(ProjectVisibility.visibleTo(query.viewer(), JOB.PROJECT_ID))
        .and(BY_NAME.after(query.pageToken()))
        .orderBy(BY_NAME.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = BY_NAME.slice(rows, query.pageSize(), JobViews::views);
    return new JobPage(slice.items(), slice.nextPageToken());
  }
}
