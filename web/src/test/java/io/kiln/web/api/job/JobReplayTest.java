package io.kiln.web.api.job;

import static io.kiln.web.api.job.JobApi.dependent;
import static io.kiln.web.api.job.JobApi.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.JobProjector;
import io.kiln.projectors.JobRunProjector;
import io.kiln.projectors.Replays;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.Rebuilds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job read models are projections: emptied and replayed from the first event, they come back identical. */
class JobReplayTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @Test
  void jobAndRunTablesRebuildIdentically() {
    JobApi jobs = new JobApi(api);
    JobApi.Catalog catalog = jobs.catalog(100);
    Person alice = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("Replayed jobs")).get("id");
    Object parent = jobs.create(alice, project, job("parent", catalog, Map.of("retry", Map.of("maxAttempts", 2))))
        .get("id");
    Object child = jobs.create(alice, project, job("child", catalog, dependent((String) parent))).get("id");
    Object run = jobs.run(alice, project, parent).get("id");
    jobs.report(project, parent, run, Map.of("state", "failed", "reason", "evicted")).expectStatus().isOk();
    jobs.awaitRuns(alice, project, parent, runs -> (int) runs.get(0).get("attempt") == 2);
    jobs.reported(project, parent, run, "succeeded");
    jobs.awaitRuns(alice, project, child, runs -> runs.size() == 1);
    api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:pause", project, child).exchange().expectStatus().isOk();

    rebuilds().rebuildsIdentically(JobProjector.GROUP, "readmodel.job");
    rebuilds().rebuildsIdentically(JobRunProjector.GROUP, "readmodel.job_run", "readmodel.job_run_attempt");
  }

  private Rebuilds rebuilds() {
    return new Rebuilds(replays, jdbc);
  }
}
