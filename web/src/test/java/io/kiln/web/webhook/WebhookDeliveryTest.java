package io.kiln.web.webhook;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Deliveries as a receiver sees them: signed, with delivery ids, retried with backoff, in order per resource, parked
 * after the last attempt and delivered again on request.
 */
class WebhookDeliveryTest extends KilnIntegrationTest {
  private static final String SECRET = "test-secret-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void failedDeliveriesAreRetriedSignedAndInOrder() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 2 ? 500 : 204)) {
      Person owner = api.newUser("user");
      String project = (String) api.createProject(owner, Api.uniqueName("Hooked")).get("id");
      String webhook = register(owner, receiver.url(), List.of(project));
      for (String description : new String[] {"one", "two", "three"}) {
        api.as(owner).patch().uri("/api/v1/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("description", description)).exchange().expectStatus().isOk();
      }

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.succeeded().size() == 3);
      List<WebhookReceiver.Call> calls = receiver.calls();
      assertThat(calls).hasSize(5).allSatisfy(call -> {
        assertThat(call.header("X-Kiln-Signature")).isEqualTo(signature(call.header("X-Kiln-Timestamp"), call.body()));
        assertThat(call.header("X-Kiln-Webhook")).isEqualTo(webhook);
        assertThat(call.header("X-Kiln-Event")).isEqualTo("ProjectDescriptionChangedEvent");
        assertThat(call.header("Content-Type")).startsWith("application/json");
      });
      assertThat(calls.subList(0, 3)).extracting(c -> c.header("X-Kiln-Delivery")).containsOnly(
          calls.get(0).header("X-Kiln-Delivery"));
      assertThat(calls.subList(0, 3)).extracting(c -> c.header("X-Kiln-Attempt")).containsExactly("1", "2", "3");
      assertThat(calls.subList(0, 3)).extracting(WebhookReceiver.Call::body).containsOnly(calls.get(0).body());
      List<JsonNode> delivered = receiver.succeeded().stream().map(c -> tree(c.body())).toList();
      assertThat(delivered).extracting(b -> b.at("/event/payload/description").asText())
          .containsExactly("one", "two", "three");
      assertThat(delivered).extracting(b -> b.get("deliveryId").asText()).doesNotHaveDuplicates();
      assertThat(delivered.get(0).at("/event/projectId").asText()).isEqualTo(project);
      assertThat(delivered.get(0).at("/event/actor").asText()).isEqualTo(owner.id());

      Map<String, Object> first = api.get(owner, "/api/v1/webhooks/{id}/deliveries/{d}", webhook,
          calls.get(0).header("X-Kiln-Delivery"));
      assertThat(first).containsEntry("status", "succeeded").containsEntry("attempts", 3)
          .containsEntry("lastStatusCode", 204);
      assertThat((List<Map<String, Object>>) first.get("attemptLog")).extracting(a -> a.get("statusCode"))
          .containsExactly(500, 500, 204);
      assertThat(api.items(owner, "/api/v1/webhooks/{id}/deliveries?status=succeeded", webhook)).hasSize(3);
    }
  }

  @Test
  void aDeliveryIsParkedAfterItsLastAttemptHoldsBackItsResourceAndIsRedeliveredOnRequest() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(n -> 503)) {
      Person owner = api.newUser("user");
      String project = (String) api.createProject(owner, Api.uniqueName("Parked")).get("id");
      String webhook = register(owner, receiver.url(), List.of(project));
      api.as(owner).patch().uri("/api/v1/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "first")).exchange().expectStatus().isOk();
      Map<String, Object> parked = await().atMost(Duration.ofSeconds(30)).until(() -> api.items(owner,
          "/api/v1/webhooks/{id}/deliveries?status=parked", webhook), items -> items.size() == 1).get(0);
      assertThat(parked).containsEntry("attempts", 4).containsEntry("lastStatusCode", 503);
      assertThat(receiver.calls()).hasSize(4);

      api.as(owner).patch().uri("/api/v1/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "second")).exchange().expectStatus().isOk();
      await().atMost(Duration.ofSeconds(10)).until(() -> api.items(owner,
          "/api/v1/webhooks/{id}/deliveries?status=pending", webhook).size() == 1);
      assertThat(receiver.calls()).as("the second waits behind the parked first").hasSize(4);

      receiver.answer(n -> 200);
      api.as(owner).post().uri("/api/v1/webhooks/{id}/deliveries/{d}:redeliver", webhook, parked.get("id"))
          .exchange().expectStatus().isAccepted();
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.succeeded().size() == 2);
      assertThat(receiver.succeeded()).extracting(c -> tree(c.body()).at("/event/payload/description").asText())
          .containsExactly("first", "second");
      expectProblem(api.as(owner).post().uri("/api/v1/webhooks/{id}/deliveries/{d}:redeliver", webhook,
          parked.get("id")).exchange(), HttpStatus.CONFLICT, "WEBHOOK_DELIVERY_NOT_PARKED");
    }
  }

  @Test
  void aDeletedWebhookDeliversNothingMore() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(n -> 200)) {
      Person owner = api.newUser("user");
      String project = (String) api.createProject(owner, Api.uniqueName("Deleted")).get("id");
      String webhook = register(owner, receiver.url(), List.of(project));
      api.as(owner).delete().uri("/api/v1/webhooks/{id}", webhook).exchange().expectStatus().isNoContent();
      api.as(owner).patch().uri("/api/v1/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "unseen")).exchange().expectStatus().isOk();
      Person other = api.newUser("user");
      String watched = (String) api.createProject(other, Api.uniqueName("Watched")).get("id");
      register(other, receiver.url(), List.of(watched));
      api.as(other).patch().uri("/api/v1/projects/{id}", watched).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "seen")).exchange().expectStatus().isOk();
      await().atMost(Duration.ofSeconds(20)).until(() -> receiver.succeeded().size() == 1);
      assertThat(tree(receiver.succeeded().get(0).body()).at("/event/projectId").asText()).isEqualTo(watched);
      assertThat(api.get(owner, "/api/v1/webhooks/{id}", webhook)).containsEntry("deleted", true);
    }
  }

  private String register(Person owner, String url, List<String> projects) {
    return (String) api.as(owner).post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", url, "eventTypes", List.of("ProjectDescriptionChangedEvent"), "projectIds", projects,
            "secret", SECRET))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private static String signature(String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
        .getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode tree(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
