package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.local.LocalSettings;
import io.kiln.local.Outcomes;
import io.kiln.local.Supervisor;
import io.kiln.infra.db.LeaderLock;
import io.kiln.local.process.Launcher;
import io.kiln.local.process.LocalRuntimes;
import io.kiln.local.process.WorkloadFiles;
import io.kiln.local.workload.Workloads;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The supervisor stopped (as when Kiln stops) while a job runs, and a new one started over the same tables: it adopts
 * the live process instead of starting another, and reports the exit of one that ended while nobody watched.
 */
class LocalRestartTest extends LocalComputeIntegrationTest {
  @Autowired
  ApplicationContext context;

  @Autowired
  Supervisor supervisor;

  private Supervisor replacement;
  private LocalJobs jobs;
  private Person alice;
  private String project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    jobs = new LocalJobs(api);
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Restart " + unique()).get("id");
    runtime = pythonRuntime(null);
    profile = api.profile(500, 256, 0);
  }

  @AfterEach
  void restoreTheEngine() {
    if (replacement != null) {
      replacement.stop();
    }
    if (!supervisor.isRunning()) {
      supervisor.start();
    }
  }

  @Test
  void aProcessStillAliveIsAdoptedNotStartedTwice() {
    upload(alice, project, "jobs/wait.py", """
        import os, time
        while not os.path.exists("go"):
            time.sleep(0.1)
        print("went on")
        """);
    var job = jobs.create(alice, project, LocalJobs.job("wait", "jobs/wait.py", runtime, profile, Map.of()));
    var run = jobs.run(alice, project, job.get("id"));
    jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("running"));
    long pid = pid(run);

    supervisor.stop();
    replacement = newSupervisor();
    replacement.start();
    upload(alice, project, "go", "");

    jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("succeeded"));
    assertThat(pid(run)).isEqualTo(pid);
    assertThat(jdbc.queryForObject("select count(*) from eventstore.local_workload where owner_id = ?", Long.class,
        run.get("id"))).isEqualTo(1);
    assertThat(context.getBean(KeptLogs.class).read(io.kiln.infra.workload.LogTarget.jobRun(
        (String) run.get("id"), 1)).orElseThrow()).contains("went on");
  }

  @Test
  void aProcessThatEndedWhileNobodyWatchedIsReportedWithItsExitCode() {
    upload(alice, project, "jobs/quick.py", """
        import os, sys, time
        while not os.path.exists("go"):
            time.sleep(0.1)
        sys.exit(5)
        """);
    var job = jobs.create(alice, project, LocalJobs.job("quick", "jobs/quick.py", runtime, profile, Map.of()));
    var run = jobs.run(alice, project, job.get("id"));
    jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("running"));
    long pid = pid(run);

    supervisor.stop();
    upload(alice, project, "go", "");
    await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    replacement = newSupervisor();
    replacement.start();

    var failed = jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("failed"));
    assertThat(failed).containsEntry("exitCode", 5);
  }

  private long pid(Map<String, Object> run) {
    return jdbc.queryForObject("select pid from eventstore.local_workload where workload_key = ?", Long.class,
        "job:" + run.get("id") + ":1");
  }

  private Supervisor newSupervisor() {
    WorkloadFiles files = context.getBean(WorkloadFiles.class);
    return new Supervisor(context.getBean(Workloads.class),
        new Launcher(context.getBean(ProjectFiles.class), files), context.getBean(LocalRuntimes.class), files,
        context.getBean(KeptLogs.class), context.getBean(Outcomes.class),
        new LeaderLock(context.getBean(DataSource.class), Supervisor.LOCK_KEY), context.getBean(LocalSettings.class));
  }
}
