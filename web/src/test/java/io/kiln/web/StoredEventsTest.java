package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What Kiln writes to the event store, read straight from PostgreSQL. */
class StoredEventsTest extends KilnIntegrationTest {

  @Test
  void eventsCarryActorCorrelationCausationAndClientAddress() {
    Person alice = api.newUser("user");
    String id = (String) api.as(alice).post().uri("/api/v1/projects").header("X-Request-Id", "req-stored-events-1")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", Api.uniqueName("Stored")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    Map<String, Object> row = jdbc.queryForMap("""
        select payloadtype, payloadrevision, convert_from(payload, 'UTF8') as payload,
               convert_from(metadata, 'UTF8')::jsonb ->> 'actor' as actor,
               convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' as correlation,
               convert_from(metadata, 'UTF8')::jsonb ->> 'causationId' as causation,
               convert_from(metadata, 'UTF8')::jsonb ->> 'clientAddress' as client,
               convert_from(metadata, 'UTF8')::jsonb -> 'actorRole' is not null as has_role
        from eventstore.domainevententry where aggregateidentifier = ?""", id);

    assertThat(row.get("payloadtype")).isEqualTo("io.kiln.domain.project.ProjectCreatedEvent");
    assertThat(row.get("payloadrevision")).isEqualTo("1");
    assertThat((String) row.get("payload")).contains("\"ownerId\":\"" + alice.id() + "\"");
    assertThat(row.get("actor")).isEqualTo(alice.id());
    assertThat(row.get("correlation")).isEqualTo("req-stored-events-1");
    assertThat((String) row.get("causation")).isNotBlank().isNotEqualTo("req-stored-events-1");
    assertThat(row.get("client")).isEqualTo("127.0.0.1");
    assertThat(row.get("has_role")).isEqualTo(false);
  }

  @Test
  void theEventsViewShowsPayloadsAsJson() {
    Person alice = api.newUser("user");
    String name = Api.uniqueName("Viewed");
    String id = (String) api.createProject(alice, name).get("id");
    String projected = jdbc.queryForObject(
        "select payload ->> 'name' from eventstore.events where aggregate_id = ? and sequence_number = 0",
        String.class, id);
    assertThat(projected).isEqualTo(name);
  }

  @Test
  void bootstrapEventsNameTheSystemActor() {
    assertThat(jdbc.queryForObject("""
        select metadata ->> 'actor' from eventstore.events
        where aggregate_id = '00000000-0000-0000-0000-000000000001' and sequence_number = 0""", String.class))
        .isEqualTo("system:bootstrap");
  }

  @Test
  void apiKeySecretsAreNeverStored() {
    Person alice = api.newUser("user");
    assertThat(jdbc.queryForObject(
        "select count(*) from eventstore.domainevententry where convert_from(payload, 'UTF8') like ?", Long.class,
        "%" + alice.key() + "%")).isZero();
  }
}
