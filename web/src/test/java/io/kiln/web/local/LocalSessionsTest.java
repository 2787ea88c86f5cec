package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/** Sessions whose editor is a local process, served through Kiln at /sessions/{id}/. */
class LocalSessionsTest extends LocalComputeIntegrationTest {
  private Person alice;
  private String project;
  private String profile;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Sessions " + unique()).get("id");
    profile = api.profile(500, 512, 0);
  }

  @Test
  void anEditorStartsIsServedThroughKilnToItsPeopleOnlyAndStopsWithItsSession() {
    String runtime = pythonRuntime("python3 -m http.server {port} --bind 127.0.0.1");
    upload(alice, project, "index.html", "<h1>hello from the project</h1>");
    String id = start(runtime);

    var running = awaitSession(id, "running");
    assertThat(running).containsEntry("url", "/sessions/" + id + "/");

    assertThat(api.as(alice).get().uri("/sessions/{id}/index.html", id).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody()).contains("hello from the project");
    web.get().uri("/sessions/{id}/index.html", id).cookie("kiln_key", alice.key()).exchange()
        .expectStatus().isOk();
    web.get().uri("/sessions/{id}/", id).exchange().expectStatus().isUnauthorized();
    Person stranger = api.newUser("user");
    api.as(stranger).get().uri("/sessions/{id}/", id).exchange().expectStatus().isNotFound();
    Person collaborator = api.newUser("user");
    api.setRole(alice, project, collaborator, "viewer");
    api.as(collaborator).get().uri("/sessions/{id}/index.html", id).exchange().expectStatus().isOk();

    long pid = jdbc.queryForObject("select pid from eventstore.local_workload where workload_key = ?", Long.class,
        "session:" + id);
    api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, id).exchange()
        .expectStatus().isOk();
    awaitSession(id, "stopped");
    await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    api.as(alice).get().uri("/sessions/{id}/", id).exchange().expectStatus().isNotFound();
  }

  @Test
  void aPersonSignedInToTheBrowserUiOpensTheEditorWithTheirSessionCookieWhichTheEditorNeverSees() {
    String runtime = pythonRuntime("python3 -m http.server {port} --bind 127.0.0.1");
    upload(alice, project, "index.html", "<h1>hello from the project</h1>");
    String id = start(runtime);
    awaitSession(id, "running");

    String aliceSignedIn = signIn(alice);
    assertThat(web.get().uri("/sessions/{id}/index.html", id).cookie("SESSION", aliceSignedIn).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
        .contains("hello from the project");
    String strangerSignedIn = signIn(api.newUser("user"));
    web.get().uri("/sessions/{id}/", id).cookie("SESSION", strangerSignedIn).exchange().expectStatus().isNotFound();
    web.get().uri("/sessions/{id}/", id).cookie("SESSION", "not-a-session").exchange()
        .expectStatus().isUnauthorized();
  }

  /** Signs in through the login form as a browser does; the session cookie it ends with. */
  private String signIn(Person who) {
    String password = "correct horse battery";
    web.put().uri("/api/v1/users/{id}/password", who.id())
        .header("Authorization", "Bearer " + KilnIntegrationTest.ADMIN_KEY)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("password", password))
        .exchange().expectStatus().isNoContent();
    var page = web.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponseBody());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
    String session = page.getResponseCookies().getFirst("SESSION").getValue();
    var signedIn = web.post().uri("/login").cookie("SESSION", session)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("username", who.username()).with("password", password)
            .with("_csrf", csrf.group(1)))
        .exchange().expectStatus().is3xxRedirection()
        .expectHeader().value("Location", location -> assertThat(location).doesNotContain("error"))
        .expectBody().returnResult();
    var renewed = signedIn.getResponseCookies().getFirst("SESSION");
    return renewed != null ? renewed.getValue() : session;
  }

  @Test
  void aMissingEditorFailsTheSessionWithAReasonThatSaysSo() {
    String runtime = pythonRuntime("no-such-editor-binary --port {port}");
    String id = start(runtime);

    var failed = awaitSession(id, "failed");

    assertThat((String) failed.get("failureReason")).contains("no-such-editor-binary").contains("not found");
  }

  @Test
  void anEditorCommandWithoutAPortIsRefusedAndChangesNothing() {
    long events = eventCount();
    api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "bad-" + unique(), "image", "python:3.12", "editor", "jupyterlab",
            "kernel", "python3", "editorCommand", "python3 -m http.server"))
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
        .isEqualTo("editorCommand");
    assertThat(eventCount()).isEqualTo(events);
  }

  private String start(String runtime) {
    return (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Map<String, Object> awaitSession(String id, String state) {
    return await().atMost(Duration.ofSeconds(40)).until(
        () -> api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, id), s -> state.equals(s.get("state")));
  }

}
