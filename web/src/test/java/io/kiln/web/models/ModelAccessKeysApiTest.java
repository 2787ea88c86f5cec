package io.kiln.web.models;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class ModelAccessKeysApiTest extends KilnIntegrationTest {
  private Models models;
  private Person alice;
  private Object model;

  @BeforeEach
  void model() {
    models = new Models(api);
    alice = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("Keys")).get("id");
    model = models.create(alice, project, api.runtime("enabled")).get("id");
  }

  private Map<String, Object> authorize(String key) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    return api.as(alice).post().uri("/api/v1/models/{m}:authorize", model).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  @Test
  void aKeyIsShownOnceListedByPrefixAndWorksUntilRevoked() {
    Map<String, Object> created = api.as(alice).post().uri("/api/v1/models/{m}/access-keys", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "scoring service"))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    String key = (String) created.get("key");
    assertThat(key).startsWith("kmk_").hasSize(47);
    assertThat(created.get("prefix")).isEqualTo(key.substring(0, 12));
    var listed = api.items(alice, "/api/v1/models/{m}/access-keys", model);
    assertThat(listed).singleElement().satisfies(k -> assertThat(k)
        .containsEntry("id", created.get("id")).containsEntry("prefix", key.substring(0, 12))
        .containsEntry("name", "scoring service").doesNotContainKeys("key", "keyHash", "hash", "revokedAt"));
    assertThat(listed.toString()).doesNotContain(key);

    assertThat(authorize(key)).containsEntry("allowed", true).containsEntry("keyId", created.get("id"));
    assertThat(authorize(null)).containsEntry("allowed", false).containsEntry("accessKeyRequired", true);
    assertThat(authorize("kmk_" + "x".repeat(43))).containsEntry("allowed", false);

    api.as(alice).delete().uri("/api/v1/models/{m}/access-keys/{k}", model, created.get("id")).exchange()
        .expectStatus().isNoContent();
    assertThat(authorize(key)).containsEntry("allowed", false).containsEntry("reason", "The access key is revoked");
    assertThat(api.items(alice, "/api/v1/models/{m}/access-keys", model)).singleElement()
        .satisfies(k -> assertThat(k).containsKey("revokedAt"));
  }

  @Test
  void aModelOpenToAllTakesCallsWithoutKeys() {
    api.as(alice).patch().uri("/api/v1/models/{m}", model).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("accessKeyRequired", false)).exchange().expectStatus().isOk();
    assertThat(authorize(null)).containsEntry("allowed", true).containsEntry("accessKeyRequired", false);
  }

  @Test
  void keysAreTheModelsContributorsBusiness() {
    Person stranger = api.newUser("user");
    expectProblem(api.as(stranger).post().uri("/api/v1/models/{m}/access-keys", model).exchange(),
        HttpStatus.NOT_FOUND, "MODEL_NOT_FOUND");
    expectProblem(api.as(stranger).post().uri("/api/v1/models/{m}:authorize", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("key", "x")).exchange(), HttpStatus.NOT_FOUND,
        "MODEL_NOT_FOUND");
    expectProblem(api.as(alice).delete().uri("/api/v1/models/{m}/access-keys/{k}", model,
        "00000000-0000-4000-8000-000000000000").exchange(), HttpStatus.NOT_FOUND, "API_KEY_NOT_FOUND");
  }
}
