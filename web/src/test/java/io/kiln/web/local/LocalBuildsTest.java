package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Runtime builds with local compute: a virtual environment with the project's requirements. */
class LocalBuildsTest extends LocalComputeIntegrationTest {
  private Person alice;
  private String project;
  private String base;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Builds " + unique()).get("id");
    base = pythonRuntime(null);
  }

  @Test
  void aRuntimeBuildMakesAVirtualEnvironmentWithTheRequirements() {
    upload(alice, project, "env/requirements.txt", "# nothing to install\n");

    Map<String, Object> built = awaitEnd(build("env/requirements.txt"));

    assertThat(built).containsEntry("state", "succeeded");
    String image = (String) built.get("image");
    assertThat(image).startsWith("local-venv:");
    assertThat(Files.isExecutable(Path.of(image.substring("local-venv:".length()), "bin", "python"))).isTrue();
  }

  @Test
  void aRequirementPipCannotInstallFailsTheBuildWithTheEndOfItsLog() {
    upload(alice, project, "requirements.txt", "--no-index\nno-such-package-kiln\n");

    Map<String, Object> failed = awaitEnd(build("requirements.txt"));

    assertThat(failed).containsEntry("state", "failed");
    assertThat((String) failed.get("failureReason")).contains("pip install failed");
    assertThat((String) failed.get("logTail")).contains("no-such-package-kiln");
  }

  @Test
  void aRequirementsFileThatIsNotThereFailsTheBuildWithAReason() {
    Map<String, Object> failed = awaitEnd(build("missing/requirements.txt"));

    assertThat(failed).containsEntry("state", "failed");
    assertThat((String) failed.get("failureReason")).contains("missing/requirements.txt");
  }

  @Test
  void cancellingARunningBuildKillsItsProcesses() throws Exception {
    try (java.net.ServerSocket silentIndex = new java.net.ServerSocket(0)) {
      upload(alice, project, "requirements.txt", "--index-url http://127.0.0.1:" + silentIndex.getLocalPort()
          + "/simple\n--timeout 60\nsome-package-kiln\n");
      Object build = build("requirements.txt");
      ProcessHandle pip = await().atMost(Duration.ofSeconds(90)).until(() -> pipOf(build), p -> p.isPresent())
          .orElseThrow();

      api.as(alice).post().uri("/api/v1/projects/{p}/builds/{b}:cancel", project, build).exchange()
          .expectStatus().is2xxSuccessful();

      assertThat(awaitEnd(build)).containsEntry("state", "cancelled");
      await().atMost(Duration.ofSeconds(10)).until(() -> !pip.isAlive());
    }
  }

  /** The pip of a build, waiting for an index that never answers. */
  private java.util.Optional<ProcessHandle> pipOf(Object build) {
    return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
        .map(c -> c.contains("/builds/" + build + "/venv/bin/pip")).orElse(false)).findFirst();
  }

  private Object build(String requirements) {
    return api.as(alice).post().uri("/api/v1/projects/{p}/builds", project).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "runtime", "name", "env-" + unique(), "baseRuntimeId", base,
            "source", Map.of("kind", "project_files"), "recipe", Map.of("requirementsFile", requirements)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Map<String, Object> awaitEnd(Object build) {
    return await().atMost(Duration.ofSeconds(90)).until(() -> api.get(alice, "/api/v1/projects/{p}/builds/{b}",
        project, build), b -> !java.util.List.of("queued", "running", "pushing").contains(b.get("state")));
  }
}
