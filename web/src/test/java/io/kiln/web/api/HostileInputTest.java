package io.kiln.web.api;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whatever a client sends, it gets a clear problem+json answer and Kiln stores nothing. */
class HostileInputTest extends KilnIntegrationTest {
  private Person alice;
  private long eventsBefore;

  @BeforeEach
  void user() {
    alice = api.newUser("user");
    eventsBefore = eventCount();
  }

  private WebTestClient.ResponseSpec postProject(String json) {
    return api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
        .exchange();
  }

  private void nothingStored() {
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "not json", "{\"name\": \"x\",}", "[]", "\"just a string\"", "{\"name\":\"a\"} trailing",
      "{\"name\":\"a\",\"name\":\"b\"}", ""})
  void malformedBodies(String body) {
    expectProblem(postProject(body), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
    nothingStored();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\": 123}", "{\"name\": true}", "{\"name\": [\"x\"]}", "{\"name\": {\"a\": 1}}",
      "{\"name\": \"ok\", \"visibility\": 1}", "{\"name\": \"ok\", \"owner\": \"me\"}"})
  void wrongTypesAndUnknownFields(String body) {
    expectProblem(postProject(body), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST")
        .jsonPath("$.errors[0].field").exists();
    nothingStored();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", " leading", "trailing ", "slash/in/name", "semi;colon", "tab\tname",
      "null\u0000byte", "<script>alert(1)</script>", "emoji 🚀"})
  void invalidNames(String name) {
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name)).exchange(), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
        .jsonPath("$.errors[0].field").isEqualTo("name");
    nothingStored();
  }

  @Test
  void oversizedStrings() {
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "n".repeat(101))).exchange(), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "ok", "description", "d".repeat(4001))).exchange(), HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED");
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "ok", "description", "nul \u0000 inside")).exchange(), HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED");
    nothingStored();
  }

  @Test
  void limitsAreInclusive() {
    String name = "n".repeat(92) + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.createProject(alice, Map.of("name", name, "description", "d".repeat(4000))))
        .containsEntry("name", name);
  }

  @Test
  void unknownVisibility() {
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "ok", "visibility", "secret")).exchange(), HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("visibility");
    nothingStored();
  }

  @Test
  void bodiesOverOneMebibyte() {
    String big = "{\"name\":\"big\",\"description\":\"" + "x".repeat(1024 * 1024) + "\"}";
    expectProblem(postProject(big), HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
    nothingStored();
  }

  @Test
  void wrongMediaTypes() {
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.TEXT_PLAIN)
        .bodyValue("name=x").exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
    expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_XML)
        .bodyValue("<name>x</name>").exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
    nothingStored();
  }

  @Test
  void badPagingParameters() {
    for (String query : new String[] {"pageSize=0", "pageSize=101", "pageSize=-5", "pageSize=abc"}) {
      expectProblem(api.as(alice).get().uri("/api/v1/projects?" + query).exchange(), HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("pageSize");
    }
    for (String token : new String[] {"garbage!", "Zm9v", "x".repeat(3000)}) {
      expectProblem(api.as(alice).get().uri("/api/v1/projects?pageToken={t}", token).exchange(),
          HttpStatus.BAD_REQUEST, "INVALID_PAGE_TOKEN");
    }
    expectProblem(api.as(alice).get().uri("/api/v1/projects?search={s}", "s".repeat(101)).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
  }

  @Test
  void idsThatAreNotIdsNameNothing() {
    expectProblem(api.as(alice).get().uri("/api/v1/projects/{id}", "not-a-uuid").exchange(), HttpStatus.NOT_FOUND,
        "PROJECT_NOT_FOUND");
    expectProblem(api.as(alice).get().uri("/api/v1/projects/{id}", "' or 1=1 --").exchange(), HttpStatus.NOT_FOUND,
        "PROJECT_NOT_FOUND");
    expectProblem(api.as(alice).get().uri("/api/v1/users/{id}", "../../etc/passwd").exchange(),
        HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
  }

  @Test
  void malformedIfMatch() {
    Map<String, Object> project = api.createProject(alice, Api.uniqueName("Tagged"));
    long before = eventCount();
    expectProblem(api.as(alice).patch().uri("/api/v1/projects/{id}", project.get("id")).header("If-Match", "v1")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("description", "x")).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void unknownRoutesAndMethods() {
    expectProblem(api.as(alice).get().uri("/api/v1/nothing-here").exchange(), HttpStatus.NOT_FOUND, "NOT_FOUND");
    expectProblem(api.as(alice).delete().uri("/api/v1/projects").exchange(), HttpStatus.METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED");
  }

  @Test
  void collaboratorRoleMustBeKnown() {
    Map<String, Object> project = api.createProject(alice, Api.uniqueName("Roles"));
    Person bob = api.newUser("user");
    long before = eventCount();
    for (String body : new String[] {"{\"role\":\"boss\"}", "{}", "{\"role\":null}", "{\"role\":\"VIEWER\"}"}) {
      expectProblem(api.as(alice).put().uri("/api/v1/projects/{id}/collaborators/{u}", project.get("id"), bob.id())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED");
    }
    assertThat(eventCount()).isEqualTo(before);
  }
}
