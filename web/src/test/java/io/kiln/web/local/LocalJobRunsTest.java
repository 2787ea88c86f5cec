package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LogTarget;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jobs run as python3 processes in the project's folder, reported back, with their logs kept. */
class LocalJobRunsTest extends LocalComputeIntegrationTest {
  @Autowired
  KeptLogs keptLogs;

  private LocalJobs jobs;
  private Person alice;
  private String project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    jobs = new LocalJobs(api);
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Local " + unique()).get("id");
    runtime = pythonRuntime(null);
    profile = api.profile(500, 256, 0);
  }

  @Test
  void anUploadedScriptRunsWithItsArgumentsAndEnvironmentAndItsLogIsKept() {
    upload(alice, project, "jobs/hello.py", """
        import os, sys
        print("hello", sys.argv[1:], os.environ["GREETING"], os.path.exists("data/input.txt"))
        print("no secrets:", "KILN_DB_PASSWORD" in os.environ)
        """);
    upload(alice, project, "data/input.txt", "42");
    var job = jobs.create(alice, project, LocalJobs.job("hello", "jobs/hello.py", runtime, profile,
        Map.of("arguments", List.of("--full", "x y"), "environment", Map.of("GREETING", "hi"))));
    var run = jobs.run(alice, project, job.get("id"));

    var done = jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("succeeded"));

    assertThat(done.get("attempt")).isEqualTo(1);
    assertThat(keptLogs.read(LogTarget.jobRun((String) run.get("id"), 1)).orElseThrow())
        .contains("hello ['--full', 'x y'] hi True").contains("no secrets: False");
  }

  @Test
  void aFailingScriptIsRetriedAndFailsWithItsExitCode() {
    upload(alice, project, "jobs/fail.py", "import sys\nprint('about to fail')\nsys.exit(3)\n");
    var job = jobs.create(alice, project, LocalJobs.job("fail", "jobs/fail.py", runtime, profile,
        Map.of("retry", Map.of("maxAttempts", 2, "delaySeconds", 0))));
    var run = jobs.run(alice, project, job.get("id"));

    var failed = jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("failed"));

    assertThat(failed).containsEntry("attempt", 2).containsEntry("exitCode", 3)
        .containsEntry("failure", "script_failure");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> attempts = (List<Map<String, Object>>) failed.get("attempts");
    assertThat(attempts).extracting(a -> a.get("exitCode")).containsExactly(3, 3);
    assertThat(keptLogs.read(LogTarget.jobRun((String) run.get("id"), 2)).orElseThrow()).contains("about to fail");
  }

  @Test
  void aRunPastItsTimeoutTimesOutAndItsProcessTreeIsKilled() {
    upload(alice, project, "jobs/slow.py", """
        import subprocess, time
        child = subprocess.Popen(["sleep", "300"])
        print("child", child.pid, flush=True)
        time.sleep(300)
        """);
    var job = jobs.create(alice, project, LocalJobs.job("slow", "jobs/slow.py", runtime, profile,
        Map.of("timeoutSeconds", 2)));
    var run = jobs.run(alice, project, job.get("id"));
    String key = "job:" + run.get("id") + ":1";
    long pid = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
        "select pid from eventstore.local_workload where workload_key = ? and pid is not null", Long.class, key),
        pids -> !pids.isEmpty()).get(0);
    List<ProcessHandle> tree = await().atMost(Duration.ofSeconds(10))
        .until(() -> ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of()), d -> d.size() >= 2);

    jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("timedout"));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(tree).noneMatch(ProcessHandle::isAlive);
    });
  }

  @Test
  void aRunOverItsProfilesMemoryIsStoppedAsOomKilled() {
    String small = api.profile(500, 64, 0);
    upload(alice, project, "jobs/hungry.py", """
        import time
        hog = bytearray(300 * 1024 * 1024)
        for i in range(0, len(hog), 4096):
            hog[i] = 1
        time.sleep(60)
        """);
    var job = jobs.create(alice, project, LocalJobs.job("hungry", "jobs/hungry.py", runtime, small, Map.of()));
    var run = jobs.run(alice, project, job.get("id"));

    var failed = jobs.awaitRun(alice, project, job.get("id"), run.get("id"), LocalJobs.state("failed"));

    assertThat(failed).containsEntry("exitCode", 137);
    assertThat((String) failed.get("reason")).startsWith("OOMKilled");
  }

  @Test
  void aDiamondOfDependentJobsRunsEachOnceInOrder() {
    upload(alice, project, "jobs/step.py", """
        import os, time
        with open("steps.txt", "a") as f:
            f.write(os.environ["STEP"] + "\\n")
        """);
    var a = jobs.create(alice, project, step("a", Map.of()));
    var b = jobs.create(alice, project, step("b", after(a)));
    var c = jobs.create(alice, project, step("c", after(a)));
    var d = jobs.create(alice, project, step("d", after(b, c)));

    jobs.run(alice, project, a.get("id"));

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      var runs = jobs.runs(alice, project, d.get("id"));
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0)).containsEntry("state", "succeeded");
    });
    String steps = api.as(alice).get().uri("/api/v1/projects/{p}/files/steps.txt", project).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    List<String> order = List.of(steps.trim().split("\n"));
    assertThat(order).hasSize(4).startsWith("a").endsWith("d").contains("b", "c");
    assertThat(jobs.runs(alice, project, b.get("id"))).hasSize(1);
    assertThat(jobs.runs(alice, project, c.get("id"))).hasSize(1);
  }

  private Map<String, Object> step(String name, Map<String, ?> more) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("environment", Map.of("STEP", name)));
    body.putAll(more);
    return LocalJobs.job(name + "-" + unique(), "jobs/step.py", runtime, profile, body);
  }

  private static Map<String, Object> after(Map<?, ?>... parents) {
    return Map.of("trigger", Map.of("type", "dependent",
        "parentJobIds", java.util.Arrays.stream(parents).map(p -> p.get("id")).toList()));
  }
}
