package io.kiln.web.api;

import static io.kiln.web.support.Problems.expectProblem;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class AuthenticationTest extends KilnIntegrationTest {

  @Test
  void everyApiCallNeedsABearerKey() {
    expectProblem(web.get().uri("/api/v1/projects").exchange(), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    expectProblem(web.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "x")).exchange(), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    web.get().uri("/api/v1/me").exchange().expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"kiln\"");
  }

  @Test
  void wrongSchemesAndUnknownKeysAreRefused() {
    expectProblem(web.get().uri("/api/v1/me").header("Authorization", "Basic YWRtaW46YWRtaW4=").exchange(),
        HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    expectProblem(web.get().uri("/api/v1/me").header("Authorization", "Bearer kiln_not-a-key-that-exists-here")
        .exchange(), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    expectProblem(web.get().uri("/api/v1/me").header("Authorization", "Bearer short").exchange(),
        HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    expectProblem(web.get().uri("/api/v1/me").header("Authorization", "Bearer " + "k".repeat(5000)).exchange(),
        HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
  }

  @Test
  void anExpiredKeyStopsWorking() {
    Person alice = api.newUser("user");
    Map<String, Object> issued = api.as(alice).post().uri("/api/v1/users/{id}/api-keys", alice.id())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("expiresAt", Instant.now().plusSeconds(2).toString())).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    Person shortLived = new Person(alice.id(), alice.username(), (String) issued.get("key"));
    api.get(shortLived, "/api/v1/me");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        expectProblem(api.as(shortLived).get().uri("/api/v1/me").exchange(), HttpStatus.UNAUTHORIZED,
            "UNAUTHENTICATED"));
  }

  @Test
  void healthNeedsNoKey() {
    web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void theRequestIdIsEchoedAndKeptOnRefusals() {
    web.get().uri("/api/v1/me").header("X-Request-Id", "trace-123").exchange()
        .expectHeader().valueEquals("X-Request-Id", "trace-123")
        .expectBody().jsonPath("$.requestId").isEqualTo("trace-123");
    web.get().uri("/api/v1/me").header("X-Request-Id", "bad id with spaces <script>").exchange()
        .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
  }
}
