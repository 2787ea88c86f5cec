package io.kiln.web.api;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class UsersApiTest extends KilnIntegrationTest {

  private WebTestClient.ResponseSpec createUser(Person who, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private static String username() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Nested
  class Create {
    @Test
    void adminCreatesAUser() {
      String username = username();
      createUser(api.admin(), Map.of("username", username, "email", username + "@example.com", "role", "auditor"))
          .expectStatus().isCreated()
          .expectHeader().valueMatches("Location", "/api/v1/users/[0-9a-f-]{36}")
          .expectBody()
          .jsonPath("$.username").isEqualTo(username)
          .jsonPath("$.email").isEqualTo(username + "@example.com")
          .jsonPath("$.role").isEqualTo("auditor");
    }

    @Test
    void onlyAdminsCreateUsers() {
      Person user = api.newUser("user");
      Person auditor = api.newUser("auditor");
      long before = eventCount();
      String username = username();
      Map<String, String> body = Map.of("username", username, "email", "x@example.com", "role", "user");
      expectProblem(createUser(user, body), HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(createUser(auditor, body), HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void usernamesAreUniqueWithoutRegardToCase() {
      Person existing = api.newUser("user");
      long before = eventCount();
      expectProblem(createUser(api.admin(), Map.of("username", existing.username(), "email", "y@example.com",
          "role", "user")), HttpStatus.CONFLICT, "USERNAME_TAKEN");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesBadUsernamesEmailsAndRoles() {
      long before = eventCount();
      expectProblem(createUser(api.admin(), Map.of("username", "No Spaces", "email", "a@b.c", "role", "user")),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("username");
      expectProblem(createUser(api.admin(), Map.of("username", username(), "email", "not-an-email", "role", "user")),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("email");
      expectProblem(createUser(api.admin(), Map.of("username", username(), "email", "a@b.c", "role", "root")),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("role");
      assertThat(eventCount()).isEqualTo(before);
    }
  }

  @Nested
  class Read {
    @Test
    void meNamesTheCaller() {
      Person alice = api.newUser("user");
      assertThat(api.get(alice, "/api/v1/me")).containsEntry("id", alice.id())
          .containsEntry("username", alice.username()).containsEntry("role", "user");
    }

    @Test
    void usersAreListedAndFoundByName() {
      Person alice = api.newUser("user");
      assertThat(api.items(api.newUser("user"), "/api/v1/users?search={s}", alice.username()))
          .extracting(u -> u.get("id")).containsExactly(alice.id());
    }

    @Test
    void unknownUserIsNotFound() {
      expectProblem(api.as(api.admin()).get().uri("/api/v1/users/{id}", UUID.randomUUID()).exchange(),
          HttpStatus.NOT_FOUND, "USER_NOT_FOUND");
    }
  }

  @Nested
  class ApiKeys {
    @Test
    void anIssuedKeyWorksAtOnceAndIsShownOnlyOnce() {
      Person alice = api.newUser("user");
      Map<String, Object> issued = api.as(alice).post().uri("/api/v1/users/{id}/api-keys", alice.id())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "laptop")).exchange()
          .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
      String key = (String) issued.get("key");
      assertThat(key).startsWith("kiln_").hasSizeGreaterThan(40);
      api.get(new Person(alice.id(), alice.username(), key), "/api/v1/me");
      String listing = api.as(alice).get().uri("/api/v1/users/{id}/api-keys", alice.id()).exchange()
          .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
      assertThat(listing).contains("laptop").contains(key.substring(0, 12)).doesNotContain(key);
      assertThat(jdbc.queryForObject("select count(*) from readmodel.api_key where key_hash = ?", Long.class, key))
          .isZero();
    }

    @Test
    void revokedKeysStopWorkingAtOnce() {
      Person alice = api.newUser("user");
      String keyId = (String) api.items(alice, "/api/v1/users/{id}/api-keys", alice.id()).get(0).get("id");
      api.as(alice).delete().uri("/api/v1/users/{id}/api-keys/{key}", alice.id(), keyId).exchange()
          .expectStatus().isNoContent();
      expectProblem(api.as(alice).get().uri("/api/v1/me").exchange(), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }

    @Test
    void usersCannotTouchOtherUsersKeys() {
      Person alice = api.newUser("user");
      Person bob = api.newUser("user");
      long before = eventCount();
      expectProblem(api.as(bob).post().uri("/api/v1/users/{id}/api-keys", alice.id()).exchange(),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
      expectProblem(api.as(bob).get().uri("/api/v1/users/{id}/api-keys", alice.id()).exchange(),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void adminsIssueKeysForOthers() {
      Person alice = api.newUser("user");
      api.as(api.admin()).post().uri("/api/v1/users/{id}/api-keys", alice.id()).exchange()
          .expectStatus().isCreated().expectBody().jsonPath("$.userId").isEqualTo(alice.id());
    }

    @Test
    void expiryMustLieAhead() {
      Person alice = api.newUser("user");
      expectProblem(api.as(alice).post().uri("/api/v1/users/{id}/api-keys", alice.id())
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("expiresAt", Instant.now().minus(1, ChronoUnit.DAYS).toString())).exchange(),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("expiresAt");
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
      Person alice = api.newUser("user");
      expectProblem(api.as(alice).delete().uri("/api/v1/users/{id}/api-keys/{key}", alice.id(), UUID.randomUUID())
          .exchange(), HttpStatus.NOT_FOUND, "API_KEY_NOT_FOUND");
    }
  }
}
