package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.bootstrap.LocalStarterCatalogue;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fresh workspace on local compute has a runtime and profiles to run a script with, once. */
class LocalStarterCatalogueTest extends LocalComputeIntegrationTest {

  @Test
  void aNewcomerRunsAScriptOnTheStarterRuntimeAndProfile() {
    Person alice = api.newUser("user");
    Map<String, Object> runtime = api.get(alice, "/api/v1/runtimes/{id}", LocalStarterCatalogue.RUNTIME_ID);
    assertThat(runtime).containsEntry("name", "Python 3 on this machine").containsEntry("localCommand", "python3")
        .containsEntry("editor", "jupyterlab").containsEntry("status", "enabled");
    assertThat(api.get(alice, "/api/v1/resource-profiles/{id}", LocalStarterCatalogue.SMALL_ID))
        .containsEntry("name", "Small").containsEntry("cpuMillis", 1000).containsEntry("memoryMiB", 2048);
    assertThat(jdbc.queryForObject("select count(*) from eventstore.events where event_type = "
        + "'io.kiln.domain.catalog.RuntimeRegisteredEvent' and aggregate_id = ?", Long.class,
        LocalStarterCatalogue.RUNTIME_ID)).isEqualTo(1);

    String project = (String) api.createProject(alice, "Starter " + unique()).get("id");
    upload(alice, project, "hello.py", "print('hello from the starter runtime')\n");
    LocalJobs jobs = new LocalJobs(api);
    var job = jobs.create(alice, project, LocalJobs.job("hello", "hello.py", LocalStarterCatalogue.RUNTIME_ID,
        LocalStarterCatalogue.SMALL_ID, Map.of()));
    var run = jobs.run(alice, project, job.get("id"));
    jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("succeeded"));
  }
}
