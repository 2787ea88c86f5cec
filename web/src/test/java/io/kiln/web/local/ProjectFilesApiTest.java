package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** A project's files over HTTP: list, download, upload, mkdir, delete, and paths that try to leave the project. */
class ProjectFilesApiTest extends LocalComputeIntegrationTest {
  @LocalServerPort
  int port;

  private Person alice;
  private String project;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Files " + unique()).get("id");
  }

  @Test
  void contributorsUploadListDownloadMakeFoldersAndDelete() {
    api.as(alice).put().uri("/api/v1/projects/{p}/files/src/train.py", project)
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue("print(1)\n".getBytes()).exchange()
        .expectStatus().isCreated().expectBody().jsonPath("$.path").isEqualTo("src/train.py")
        .jsonPath("$.size").isEqualTo(9);
    api.as(alice).put().uri("/api/v1/projects/{p}/files/src/train.py", project)
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue("print(2)\n".getBytes()).exchange()
        .expectStatus().isOk();
    api.as(alice).post().uri("/api/v1/projects/{p}/files/data/raw:mkdir", project).exchange()
        .expectStatus().isCreated().expectBody().jsonPath("$.type").isEqualTo("folder");

    Map<String, Object> root = api.get(alice, "/api/v1/projects/{p}/files/", project);
    assertThat(root).containsEntry("type", "folder");
    assertThat(((List<?>) root.get("items")).stream().map(i -> (Object) ((Map<?, ?>) i).get("path")).toList())
        .containsExactly("data", "src");
    assertThat(api.as(alice).get().uri("/api/v1/projects/{p}/files/src/train.py", project).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).isEqualTo("print(2)\n");

    api.as(alice).delete().uri("/api/v1/projects/{p}/files/data/raw", project).exchange()
        .expectStatus().isNoContent();
    api.as(alice).delete().uri("/api/v1/projects/{p}/files/src?recursive=false", project).exchange()
        .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INVALID_STATE");
    api.as(alice).delete().uri("/api/v1/projects/{p}/files/src?recursive=true", project).exchange()
        .expectStatus().isNoContent();
    assertThat((List<?>) api.get(alice, "/api/v1/projects/{p}/files", project).get("items")).hasSize(1);
    api.as(alice).get().uri("/api/v1/projects/{p}/files/src/train.py", project).exchange()
        .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("FILE_NOT_FOUND");
  }

  @Test
  void uploadsLargerThanTheApiBodyLimitAreStreamed() {
    byte[] big = new byte[3 * 1024 * 1024];
    api.as(alice).put().uri("/api/v1/projects/{p}/files/big.bin", project)
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(big).exchange().expectStatus().isCreated()
        .expectBody().jsonPath("$.size").isEqualTo(big.length);
  }

  /** curl's default for --data-binary: refused in words, kept in the audit trail, nothing written. */
  @Test
  void aFormEncodedUploadIsRefusedAndTheRefusalRecorded() {
    String refusals = "select count(*) from eventstore.command_refusal where actor = ? and reason is not null";
    long before = jdbc.queryForObject(refusals, Long.class, alice.id());
    api.as(alice).put().uri("/api/v1/projects/{p}/files/form.txt", project)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("a=b").exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST")
        .jsonPath("$.detail").isNotEmpty();
    api.as(alice).get().uri("/api/v1/projects/{p}/files/form.txt", project).exchange().expectStatus().isNotFound();
    org.awaitility.Awaitility.await().untilAsserted(() ->
        assertThat(jdbc.queryForObject(refusals, Long.class, alice.id())).isEqualTo(before + 1));
  }

  @Test
  void viewersReadAndOnlyContributorsWriteStrangersSeeNothing() {
    Person viewer = api.newUser("user");
    Person stranger = api.newUser("user");
    api.setRole(alice, project, viewer, "viewer");
    upload(alice, project, "notes.txt", "hello");

    api.as(viewer).get().uri("/api/v1/projects/{p}/files/notes.txt", project).exchange().expectStatus().isOk();
    api.as(viewer).put().uri("/api/v1/projects/{p}/files/notes.txt", project).bodyValue("x".getBytes()).exchange()
        .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    api.as(viewer).delete().uri("/api/v1/projects/{p}/files/notes.txt", project).exchange()
        .expectStatus().isForbidden();
    api.as(stranger).get().uri("/api/v1/projects/{p}/files/notes.txt", project).exchange()
        .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("PROJECT_NOT_FOUND");
    assertThat(api.as(alice).get().uri("/api/v1/projects/{p}/files/notes.txt", project).exchange()
        .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("hello");
  }

  @Test
  void pathsThatLeaveTheProjectAreRefused() throws Exception {
    upload(alice, project, "inside.txt", "mine");
    Path folder = Path.of("target", "kiln-local-home", "projects", project).toAbsolutePath();
    Files.createSymbolicLink(folder.resolve("escape"), Path.of("/etc"));
    Files.createSymbolicLink(folder.resolve("passwd"), Path.of("/etc/passwd"));
    String base = "http://localhost:" + port + "/api/v1/projects/" + project + "/files/";
    for (String hostile : List.of("..%2F..%2Fetc%2Fpasswd", "a/%2E%2E/%2E%2E/secret", "%2Fetc%2Fpasswd",
        "a%5C..%5Cb", "/etc/passwd", "a/../../x")) {
      refused(URI.create(base + hostile), "INVALID_PATH", "MALFORMED_REQUEST");
    }
    for (String hostile : List.of("escape/passwd", "passwd", "escape", "escape/")) {
      refused(URI.create(base + hostile), "INVALID_PATH");
    }
    api.as(alice).delete().uri(URI.create(base + "escape/hosts")).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("INVALID_PATH");
    assertThat(Files.readString(Path.of("/etc/passwd"))).isNotEqualTo("x");
    assertThat(Files.readString(folder.resolve("inside.txt"))).isEqualTo("mine");
  }

  /** Reading and writing there are both refused with 400 and one of {@code codes} (encoded paths may be refused early). */
  private void refused(URI uri, String... codes) {
    api.as(alice).get().uri(uri).exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code")
        .value(code -> assertThat(code).isIn((Object[]) codes));
    api.as(alice).put().uri(uri).bodyValue("x".getBytes()).exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.code").value(code -> assertThat(code).isIn((Object[]) codes));
  }
}
