package io.kiln.web.models;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.k8s.secrets.SecretStore;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/** Secret values are write-only: in the secret store, sealed, and nowhere else in the database or the log. */
@ExtendWith(OutputCaptureExtension.class)
class DeploymentSecretsTest extends KilnIntegrationTest {
  @Autowired
  SecretStore store;

  private Models models;
  private Person alice;
  private Object model;
  private String profile;

  @BeforeEach
  void model() {
    models = new Models(api);
    alice = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("Secrets")).get("id");
    model = models.create(alice, project, api.runtime("enabled")).get("id");
    models.buildVersion(alice, model);
    profile = api.profile(250, 512, 0);
  }

  @Test
  void aSecretValueIsNowhereButSealedInTheSecretStore(CapturedOutput output) {
    String secret = "s3cr3t-" + UUID.randomUUID();
    var response = models.deploy(alice, model, Map.of("modelVersion", 1, "profileId", profile, "replicas", 1,
            "environment", Map.of("LOG_LEVEL", "info"), "secrets", Map.of("DB_PASSWORD", secret)))
        .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    assertThat(response).doesNotContain(secret).contains("\"secrets\":[\"DB_PASSWORD\"]");
    Object id = api.items(alice, "/api/v1/models/{m}/deployments", model).get(0).get("id");
    assertThat(api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, id).toString()).doesNotContain(secret);
    models.report(model, id, 1, 1, 1);

    assertThat(tablesHolding(secret)).isEmpty();
    assertThat(tablesHolding("DB_PASSWORD")).as("the search finds what is there")
        .contains("eventstore.domainevententry", "readmodel.deployment");
    String reference = jdbc.queryForObject("select payload->'secretRefs'->>'DB_PASSWORD' from eventstore.events "
        + "where event_type like '%DeploymentCreatedEvent' and aggregate_id = ?", String.class, id);
    assertThat(store.reveal(reference)).contains(secret);
    assertThat(output.getAll()).doesNotContain(secret);
  }

  @Test
  void aRefusedDeploymentKeepsNoSecret() {
    String secret = "s3cr3t-" + UUID.randomUUID();
    long before = jdbc.queryForObject("select count(*) from eventstore.secret_value", Long.class);
    expectProblem(models.deploy(alice, model, Map.of("modelVersion", 1, "profileId", profile, "replicas", 0,
        "secrets", Map.of("TOKEN", secret))), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    assertThat(jdbc.queryForObject("select count(*) from eventstore.secret_value", Long.class)).isEqualTo(before);
    assertThat(tablesHolding(secret)).isEmpty();
  }

  /** Every table of every schema of Kiln's database, every column, as text and as bytes, searched for {@code text}. */
  private List<String> tablesHolding(String text) {
    List<String> found = new ArrayList<>();
    var tables = jdbc.queryForList("select table_schema, table_name from information_schema.tables where "
        + "table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')");
    assertThat(tables).hasSizeGreaterThan(20);
    for (Map<String, Object> table : tables) {
      String name = "\"" + table.get("table_schema") + "\".\"" + table.get("table_name") + "\"";
      List<String> byteColumns = jdbc.queryForList("select column_name from information_schema.columns where "
          + "table_schema = ? and table_name = ? and data_type = 'bytea'", String.class, table.get("table_schema"),
          table.get("table_name"));
      StringBuilder where = new StringBuilder("strpos(t::text, ?) > 0");
      List<Object> args = new ArrayList<>(List.of(text));
      for (String column : byteColumns) {
        where.append(" or position(?::bytea in t.\"").append(column).append("\") > 0");
        args.add(text.getBytes(StandardCharsets.UTF_8));
      }
      Long hits = jdbc.queryForObject("select count(*) from " + name + " t where " + where, Long.class,
          args.toArray());
      if (hits != null && hits > 0) {
        found.add(table.get("table_schema") + "." + table.get("table_name"));
      }
    }
    return found;
  }
}
