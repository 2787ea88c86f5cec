package io.kiln.web.webhook;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who registers webhooks for what, where they may point, and that their secrets are shown once and stored nowhere else. */
class WebhookApiTest extends KilnIntegrationTest {

  private WebTestClient.ResponseSpec register(Person who, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange();
  }

  private static Map<String, Object> webhook(String url, List<String> projects) {
    return Map.of("url", url, "eventTypes", List.of("*"), "projectIds", projects);
  }

  @Test
  void aProjectAdminSubscribesToTheirProjectAndSeesTheSecretOnce() {
    Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Subscribed")).get("id");
    Map<String, Object> created = register(owner, webhook("https://hooks.example.com/kiln", List.of(project)))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    String secret = (String) created.get("secret");
    assertThat(secret).startsWith("whsec_");
    assertThat(created).containsEntry("url", "https://hooks.example.com/kiln").containsEntry("createdBy", owner.id())
        .containsEntry("eventTypes", List.of("*")).containsEntry("projectIds", List.of(project));

    Map<String, Object> read = api.get(owner, "/api/v1/webhooks/{id}", created.get("id"));
    assertThat(read).doesNotContainKey("secret").containsEntry("secretFingerprint", created.get("secretFingerprint"));
    assertThat(jdbc.queryForObject("select count(*) from eventstore.domainevententry where convert_from(payload,"
        + " 'UTF8') like ?", Long.class, "%" + secret + "%")).isZero();
    assertThat(api.items(owner, "/api/v1/webhooks")).extracting(w -> w.get("id")).containsExactly(created.get("id"));
    assertThat(api.items(api.newUser("user"), "/api/v1/webhooks")).isEmpty();
    assertThat(api.items(api.newUser("auditor"), "/api/v1/webhooks")).extracting(w -> w.get("id"))
        .contains(created.get("id"));

    Map<String, Object> rotated = api.as(owner).post().uri("/api/v1/webhooks/{id}:rotate-secret", created.get("id"))
        .exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(rotated.get("secret")).isNotNull().isNotEqualTo(secret);
    assertThat(rotated.get("secretFingerprint")).isNotEqualTo(created.get("secretFingerprint"));
  }

  @Test
  void onlyAdministratorsSubscribeToEveryProjectOrToProjectsTheyDoNotAdminister() {
    Person owner = api.newUser("user");
    Person contributor = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Not yours")).get("id");
    api.setRole(owner, project, contributor, "contributor");
    Person auditor = api.newUser("auditor");
    long before = eventCount();
    expectProblem(register(contributor, webhook("https://h.example.com", List.of(project))), HttpStatus.FORBIDDEN,
        "FORBIDDEN");
    expectProblem(register(owner, webhook("https://h.example.com", List.of("*"))), HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(register(auditor, webhook("https://h.example.com", List.of(project))),
        HttpStatus.FORBIDDEN, "FORBIDDEN");
    assertThat(eventCount()).isEqualTo(before);
    register(api.admin(), webhook("https://h.example.com", List.of("*"))).expectStatus().isCreated();
  }

  @Test
  void urlsMustBeHttpsAndNeverLinkLocalOrMetadata() {
    Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Guarded hooks")).get("id");
    long before = eventCount();
    for (String url : new String[] {"http://169.254.169.254/latest/meta-data", "https://169.254.10.1/x",
        "https://[fe80::1]/x", "https://metadata.google.internal/computeMetadata", "ftp://files.example.com/x",
        "https://user:pw@example.com/x", "not a url", "https:///nohost"}) {
      expectProblem(register(owner, webhook(url, List.of(project))), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
          .jsonPath("$.errors[0].field").isEqualTo("url");
    }
    expectProblem(register(owner, Map.of("url", "https://ok.example.com", "eventTypes", List.of("NoSuchEvent"),
        "projectIds", List.of(project))), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
        .jsonPath("$.errors[0].field").isEqualTo("eventTypes");
    expectProblem(register(owner, Map.of("url", "https://ok.example.com", "eventTypes", List.of("*"),
        "projectIds", List.of(project), "secret", "short")), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
        .jsonPath("$.errors[0].field").isEqualTo("secret");
    assertThat(eventCount()).isEqualTo(before);
  }
}
