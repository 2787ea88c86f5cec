package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.local.git.CloneLoop;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Projects made from a git URL and ref: cloned with JGit into the project's files, outcome in the project. */
class ProjectsFromGitTest extends LocalComputeIntegrationTest {
  @TempDir
  static Path repos;

  @Autowired
  CloneLoop clones;

  private static String url;
  private static RevCommit first;
  private static RevCommit feature;
  private Person alice;

  @BeforeEach
  void repository() throws Exception {
    alice = api.newUser("user");
    if (url != null) {
      return;
    }
    Path dir = repos.resolve("churn");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("README.md"), "version one\n");
      Files.createDirectories(dir.resolve("src"));
      Files.writeString(dir.resolve("src/train.py"), "print('train')\n");
      git.add().addFilepattern(".").call();
      first = commit(git, "first");
      git.tag().setName("v1").setAnnotated(true).setMessage("one").call();
      Files.writeString(dir.resolve("README.md"), "version two\n");
      git.add().addFilepattern(".").call();
      commit(git, "second on main");
      git.checkout().setCreateBranch(true).setName("feature").setStartPoint(first).call();
      Files.writeString(dir.resolve("feature.txt"), "only on the feature branch\n");
      git.add().addFilepattern(".").call();
      feature = commit(git, "feature");
      git.checkout().setName("main").call();
    }
    url = dir.toUri().toString();
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    return git.commit().setMessage(message).setAuthor("Alice", "alice@example.com")
        .setCommitter("Alice", "alice@example.com").setSign(false).call();
  }

  @Test
  void aBranchIsClonedAndItsFilesAreThere() {
    Map<String, Object> created = create(url, "feature");
    assertThat(files(created).get("state")).isIn("cloning", "ready");
    assertThat(git(files(created))).containsEntry("url", url).containsEntry("ref", "feature");

    Map<String, Object> ready = awaitFiles(created.get("id"), "ready");

    assertThat(git(ready)).containsEntry("commit", feature.name());
    assertThat(names(created.get("id"), "")).contains("README.md", "feature.txt", "src", ".git");
    assertThat(download(created.get("id"), "README.md")).isEqualTo("version one\n");
    assertThat(download(created.get("id"), "src/train.py")).isEqualTo("print('train')\n");
  }

  @Test
  void aTagIsClonedAtItsCommit() {
    Map<String, Object> created = create(url, "v1");

    assertThat(git(awaitFiles(created.get("id"), "ready"))).containsEntry("commit", first.name());
    assertThat(names(created.get("id"), "")).doesNotContain("feature.txt");
    assertThat(download(created.get("id"), "README.md")).isEqualTo("version one\n");
  }

  @Test
  void withoutARefTheDefaultBranchAndACommitByItsIdAreCloned() {
    Map<String, Object> main = create(url, null);
    Map<String, Object> byCommit = create(url, feature.name().substring(0, 10));

    awaitFiles(main.get("id"), "ready");
    assertThat(download(main.get("id"), "README.md")).isEqualTo("version two\n");
    assertThat(git(awaitFiles(byCommit.get("id"), "ready"))).containsEntry("commit", feature.name());
    assertThat(download(byCommit.get("id"), "feature.txt")).isEqualTo("only on the feature branch\n");
  }

  @Test
  void aRefThatIsNotThereFailsTheFilesWithAReason() {
    Map<String, Object> failed = awaitFiles(create(url, "no-such-branch").get("id"), "failed");

    assertThat((String) failed.get("reason")).contains("no-such-branch").contains(url);
  }

  @Test
  void aRepositoryThatIsNotThereFailsTheFilesWithAReason() {
    String missing = repos.resolve("missing").toUri().toString();

    Map<String, Object> failed = awaitFiles(create(missing, "main").get("id"), "failed");

    assertThat((String) failed.get("reason")).contains(missing);
  }

  @Test
  void urlsWithCredentialsOrOtherSchemesAreRefusedAndChangeNothing() {
    long events = eventCount();
    String name = "Refused " + unique();
    refused(name, "https://alice:secret@git.example.com/churn.git", "main", "GIT_URL_HAS_CREDENTIALS");
    refused(name, "https://token@git.example.com/churn.git", null, "GIT_URL_HAS_CREDENTIALS");
    refused(name, "ftp://git.example.com/churn.git", null, "GIT_URL_REFUSED");
    refused(name, "/srv/repos/churn", null, "GIT_URL_REFUSED");
    api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name, "git", Map.of("url", url, "ref", "--upload-pack=touch /tmp/x")))
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED");

    assertThat(eventCount()).isEqualTo(events);
    assertThat(api.items(alice, "/api/v1/projects?search={s}", name)).isEmpty();
  }

  @Test
  void aCloneInterruptedByARestartIsDoneAgainAndAFinishedOneIsNot() throws Exception {
    clones.stop();
    Object id;
    try {
      id = create(url, "feature").get("id");
      await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
          "select count(*) from eventstore.project_clone where project_id = ?::uuid", Long.class, id) == 1);
      Path staging = Path.of("target/kiln-local-home/projects/.clone-" + id);
      Files.createDirectories(staging.resolve(".git"));
      Files.writeString(staging.resolve("half-written"), "interrupted");
      assertThat(files(api.get(alice, "/api/v1/projects/{p}", id))).containsEntry("state", "cloning");
    } finally {
      clones.start();
    }
    awaitFiles(id, "ready");
    assertThat(names(id, "")).contains("feature.txt").doesNotContain("half-written");

    upload(alice, id, "README.md", "changed after the clone\n");
    clones.stop();
    clones.start();
    await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
    assertThat(download(id, "README.md")).isEqualTo("changed after the clone\n");
    assertThat(jdbc.queryForObject("select count(*) from eventstore.events where aggregate_id = ? "
        + "and event_type like '%ProjectClonedEvent'", Long.class, id)).isOne();
  }

  private void refused(String name, String gitUrl, String ref, String code) {
    Map<String, Object> git = new HashMap<>();
    git.put("url", gitUrl);
    git.put("ref", ref);
    api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name, "git", git))
        .exchange().expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo(code);
  }

  private Map<String, Object> create(String gitUrl, String ref) {
    Map<String, Object> git = new HashMap<>();
    git.put("url", gitUrl);
    if (ref != null) {
      git.put("ref", ref);
    }
    return api.createProject(alice, Map.of("name", "From git " + unique(), "git", git));
  }

  private Map<String, Object> awaitFiles(Object projectId, String state) {
    return files(await().atMost(Duration.ofSeconds(30)).until(
        () -> api.get(alice, "/api/v1/projects/{p}", projectId), p -> state.equals(files(p).get("state"))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> files(Map<String, Object> project) {
    return (Map<String, Object>) project.get("files");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> git(Map<String, Object> files) {
    return (Map<String, Object>) files.get("git");
  }

  private List<Object> names(Object projectId, String path) {
    return api.items(alice, "/api/v1/projects/{p}/files/" + path, projectId).stream()
        .map(i -> i.get("name")).toList();
  }

  private String download(Object projectId, String path) {
    return api.as(alice).get().uri("/api/v1/projects/{p}/files/" + path, projectId).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }
}
