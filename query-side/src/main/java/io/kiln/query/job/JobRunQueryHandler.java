package io.kiln.query.job;

import static io.kiln.query.jooq.Tables.JOB_RUN;

import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobRunPage;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.job.ListJobRunsQuery;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Runs of a job, newest first, with their attempts; only in projects the viewer may see. */
@Component
class JobRunQueryHandler {
  private static final Keyset<OffsetDateTime> NEWEST_FIRST =
      new Keyset<>(JOB_RUN.CREATED_AT, JOB_RUN.RUN_ID, true, OffsetDateTime::parse);
  private final JobRunViews views;

  JobRunQueryHandler(DSLContext dsl) {
    this.views = new JobRunViews(dsl);
  }

  @QueryHandler
  Optional<JobRunView> handle(FindJobRunQuery query) {
    return Uuids.parse(query.runId())
        .flatMap(id -> views.select().where(JOB_RUN.RUN_ID.eq(id))
            .and(ProjectVisibility.visibleTo(query.viewer(), JOB_RUN.PROJECT_ID)).fetchOptional())
        .map(r -> views.views(java.util.List.of(r)).get(0));
  }

  @QueryHandler
  JobRunPage handle(ListJobRunsQuery query) {
    UUID jobId = Uuids.parse(query.jobId()).orElse(new UUID(0, 0));
    var rows = views.select().where(JOB_RUN.JOB_ID.eq(jobId))
        .and(ProjectVisibility.visibleTo(query.viewer(), JOB_RUN.PROJECT_ID))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(), views::views);
    return new JobRunPage(slice.items(), slice.nextPageToken());
  }
}
