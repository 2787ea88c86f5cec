package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

/**
 * The migration that introduced {@code eventstore.project_membership} fills it from the events stored before it: run on
 * today's events into a scratch table, it gives exactly what the live lookup updater keeps.
 */
class ProjectAdministratorsBackfillTest extends KilnIntegrationTest {

  @Test
  void theBackfillFromStoredEventsEqualsTheLiveTable() throws Exception {
    Person owner = api.newUser("user");
    Person admin = api.newUser("user");
    Person gone = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Backfilled")).get("id");
    api.setRole(owner, project, admin, "viewer");
    api.setRole(owner, project, admin, "admin");
    api.setRole(owner, project, gone, "admin");
    api.as(owner).delete().uri("/api/v1/projects/{id}/collaborators/{u}", project, gone.id()).exchange()
        .expectStatus().isNoContent();

    String migration = new ClassPathResource("db/eventstore/V21__project_administrators_and_webhook_secrets.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    jdbc.execute("create table eventstore.project_membership_check"
        + " (like eventstore.project_membership including all)");
    try {
      Arrays.stream(migration.split(";")).map(String::strip)
          .filter(statement -> statement.lines().anyMatch(l -> l.startsWith("INSERT INTO project_membership")))
          .map(statement -> statement
              .replace("INSERT INTO project_membership", "INSERT INTO eventstore.project_membership_check")
              .replace("FROM domainevententry", "FROM eventstore.domainevententry"))
          .forEach(jdbc::execute);
      String order = " order by project_id, user_id";
      assertThat(jdbc.queryForList("select * from eventstore.project_membership_check" + order))
          .isEqualTo(jdbc.queryForList("select * from eventstore.project_membership" + order))
          .contains(java.util.Map.of("project_id", project, "user_id", admin.id(), "role", "ADMIN"));
    } finally {
      jdbc.execute("drop table eventstore.project_membership_check");
    }
  }
}
