package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The packaged jar killed (SIGKILL) while a job runs, another job waits and a model is served, then started again on
 * the same KILN_HOME: the running job is adopted (its script started once) and its outcome reported when it ends, the
 * job that died while Kiln was down is reported failed with its exit code, the model's replica answers, and the
 * embedded PostgreSQL left behind by the killed Kiln does not block the second start. Runs in {@code verify}, after
 * {@code package} (the {@code jar-tests} execution in web's pom, which names the jar).
 */
class KilnRestartJarIT {
  private static final Duration UP = Duration.ofSeconds(60);
  private KilnJar kiln;
  private Api api;

  @BeforeEach
  void jar() throws Exception {
    String jar = System.getProperty("kiln.jar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "run by `verify` on the packaged kiln.jar");
    Path target = Path.of(jar).toAbsolutePath().getParent();
    kiln = new KilnJar(Path.of(jar).toAbsolutePath(),
        Files.createTempDirectory(target, "kiln-jar-it-home").toAbsolutePath());
  }

  @AfterEach
  void stop() throws Exception {
    if (kiln != null) {
      kiln.close();
    }
  }

  @Test
  void killedWithWorkloadsRunningAndStartedAgain() throws Exception {
    kiln.start();
    api = new Api(kiln.client());
    Person alice = api.newUser("user");
    String project = (String) api.createProject(alice, "Restarted").get("id");
    String runtime = runtime();
    String profile = api.profile(500, 256, 0);
    upload(alice, project, "jobs/long.py", """
        import os, time
        with open("starts.txt", "a") as f:
            f.write("started\\n")
        while not os.path.exists("finish-long"):
            time.sleep(0.1)
        print("long finished")
        """);
    upload(alice, project, "jobs/doomed.py", """
        import os, sys, time
        while not os.path.exists("finish-doomed"):
            time.sleep(0.1)
        sys.exit(3)
        """);
    upload(alice, project, "model.py", "def predict(x):\n    return {\"doubled\": x[\"n\"] * 2}\n");
    String longJob = job(alice, project, "long", "jobs/long.py", runtime, profile);
    String doomedJob = job(alice, project, "doomed", "jobs/doomed.py", runtime, profile);
    String longRun = run(alice, project, longJob);
    String doomedRun = run(alice, project, doomedJob);
    Model model = deployModel(alice, project, runtime, profile);
    awaitRun(alice, project, longJob, longRun, state("running"));
    awaitRun(alice, project, doomedJob, doomedRun, state("running"));
    assertThat(predict(model, 21)).isEqualTo(42);

    kiln.kill();
    Files.createFile(kiln.projectFile(project, "finish-doomed"));
    Path doomedExit = kiln.workloadFile("job:" + doomedRun + ":1", "exit");
    await().atMost(UP).until(() -> Files.exists(doomedExit));
    kiln.start();

    assertThat(awaitRun(alice, project, doomedJob, doomedRun, state("failed"))).containsEntry("exitCode", 3);
    assertThat(api.get(alice, "/api/v1/projects/{p}/jobs/{j}/runs/{r}", project, longJob, longRun))
        .containsEntry("state", "running");
    await().atMost(UP).ignoreExceptions().until(() -> predict(model, 50) == 100);
    upload(alice, project, "finish-long", "");
    awaitRun(alice, project, longJob, longRun, state("succeeded"));
    assertThat(KilnJar.read(kiln.projectFile(project, "starts.txt"))).as("the long job was started once")
        .isEqualTo("started\n");
  }

  private record Model(String id, String key) {}

  private Model deployModel(Person who, String project, String runtime, String profile) {
    String model = (String) api.as(who).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", Api.uniqueName("doubler"), "file",
            "model.py", "function", "predict", "runtimeId", runtime))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Object build = api.as(who).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(UP).until(() -> api.get(who, "/api/v1/projects/{p}/builds/{b}", project, build),
        b -> "succeeded".equals(b.get("state")));
    await().atMost(UP).until(() -> api.items(who, "/api/v1/models/{m}/versions", model).size() == 1);
    String deployment = (String) api.as(who).post().uri("/api/v1/models/{m}/deployments", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 1, "profileId", profile,
            "replicas", 1))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(UP).until(() -> api.get(who, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")));
    String key = (String) api.as(who).post().uri("/api/v1/models/{m}/access-keys", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("key");
    return new Model(model, key);
  }

  private int predict(Model model, int n) {
    Map<String, Object> answer = kiln.client().post().uri("/api/v1/models/{m}/predict", model.id())
        .header("X-Kiln-Model-Key", model.key()).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("n", n))
        .exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
    return ((Number) answer.get("doubled")).intValue();
  }

  private String runtime() {
    Map<String, Object> body = new HashMap<>(Map.of("name", Api.uniqueName("py"), "image", "python:3.12",
        "editor", "jupyterlab", "kernel", "python3", "localCommand", "python3"));
    return (String) api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult()
        .getResponseBody().get("id");
  }

  private void upload(Person who, String project, String path, String content) {
    api.as(who).put().uri("/api/v1/projects/{p}/files/" + path, project)
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(content.getBytes())
        .exchange().expectStatus().is2xxSuccessful();
  }

  private String job(Person who, String project, String name, String script, String runtime, String profile) {
    return (String) new LocalJobs(api).create(who, project, LocalJobs.job(name, script, runtime, profile, Map.of()))
        .get("id");
  }

  private String run(Person who, String project, String job) {
    return (String) new LocalJobs(api).run(who, project, job).get("id");
  }

  private Map<String, Object> awaitRun(Person who, String project, String job, String run,
                                       Predicate<Map<String, Object>> condition) {
    return await().atMost(UP).until(
        () -> api.get(who, "/api/v1/projects/{p}/jobs/{j}/runs/{r}", project, job, run), condition);
  }

  private static Predicate<Map<String, Object>> state(String state) {
    return LocalJobs.state(state);
  }
}
