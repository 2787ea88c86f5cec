package io.kiln.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Exports as an auditor takes them away: JSON lines complete enough to recompute every hash with nothing but the
 * README's description of the canonical form (done here independently of Kiln's code), and CSV for spreadsheets.
 */
class AuditExportTest extends KilnIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonLinesRecomputeToTheSameHashChain() throws Exception {
    Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Exported")).get("id");
    api.as(owner).post().uri("/api/v1/projects/{id}:archive", project).exchange().expectStatus().isOk();
    await().atMost(Duration.ofSeconds(20)).until(() -> api.items(api.admin(),
        "/api/v1/audit/records?projectId={p}", project).size() == 2);

    List<String> lines = api.as(api.newUser("auditor")).get().uri("/api/v1/audit/export?format=jsonl").exchange()
        .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/x-ndjson"))
        .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"kiln-audit.jsonl\"")
        .returnResult(String.class).getResponseBody().collectList().block(Duration.ofMinutes(1));
    List<JsonNode> records = lines.stream().filter(l -> !l.isBlank()).map(AuditExportTest::tree).toList();
    assertThat(records.size()).isGreaterThan(3);
    String prev = "0".repeat(64);
    for (JsonNode r : records) {
      assertThat(r.get("prevHash").asText()).isEqualTo(prev);
      assertThat(sha256(prev + "\n" + canonical(r))).as("record " + r.get("seq")).isEqualTo(r.get("hash").asText());
      prev = r.get("hash").asText();
    }
    assertThat(records).extracting(r -> r.get("seq").asLong()).isSorted();
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerRecord() {
    Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Spreadsheet")).get("id");
    await().atMost(Duration.ofSeconds(20)).until(() -> !api.items(api.admin(),
        "/api/v1/audit/records?projectId={p}", project).isEmpty());
    String csv = api.as(api.admin()).get().uri("/api/v1/audit/export?format=csv&projectId={p}", project).exchange()
        .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
        .expectBody(String.class).returnResult().getResponseBody();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("seq,kind,occurredAt,actor,actorUsername,action");
    assertThat(lines.get(1)).contains(",event,").contains("," + owner.id() + "," + owner.username()
        + ",ProjectCreatedEvent,project," + project).contains("\"{\"\"projectId\"\":");
  }

  /** The canonical form as the README describes it. */
  private static String canonical(JsonNode r) {
    StringBuilder out = new StringBuilder("kiln-audit-v1\n");
    for (String name : new String[] {"seq", "kind", "position", "refusalId", "eventId", "occurredAt", "actor",
        "action", "resourceType", "resourceId", "projectId", "outcome", "reasonCode", "reason", "correlationId",
        "clientAddress", "details"}) {
      JsonNode value = r.get(name);
      if (value == null || value.isNull()) {
        out.append(name).append(":-\n");
      } else {
        String text = value.asText();
        out.append(name).append(':').append(text.length()).append(':').append(text).append('\n');
      }
    }
    return out.toString();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
