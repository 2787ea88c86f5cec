package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.ProjectProjector;
import io.kiln.projectors.Replays;
import io.kiln.projectors.UserProjector;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Truncating a read model and replaying its projector from the first event rebuilds identical rows. */
class ReplayTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @Test
  void projectTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    Map<String, Object> project = api.createProject(alice, Api.uniqueName("Replayed"));
    api.setRole(alice, project.get("id"), bob, "contributor");
    api.as(bob).patch().uri("/api/v1/projects/{id}", project.get("id")).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "changed", "visibility", "team")).exchange().expectStatus().isOk();
    api.as(bob).post().uri("/api/v1/projects/{id}:archive", api.createProject(bob, "Gone soon").get("id"))
        .exchange().expectStatus().isOk();

    rebuildsIdentically(ProjectProjector.GROUP, "readmodel.project", "readmodel.project_member");
  }

  @Test
  void userTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    String keyId = (String) api.items(alice, "/api/v1/users/{id}/api-keys", alice.id()).get(0).get("id");
    api.as(alice).delete().uri("/api/v1/users/{id}/api-keys/{key}", alice.id(), keyId).exchange()
        .expectStatus().isNoContent();

    rebuildsIdentically(UserProjector.GROUP, "readmodel.app_user", "readmodel.api_key");
  }

  private void rebuildsIdentically(String group, String... tables) {
    await().atMost(Duration.ofSeconds(20)).until(() -> replays.caughtUp(group));
    List<List<Map<String, Object>>> before = snapshot(tables);
    assertThat(before).allSatisfy(rows -> assertThat(rows).isNotEmpty());

    for (String table : tables) {
      jdbc.execute("truncate " + table);
    }
    assertThat(snapshot(tables)).allSatisfy(rows -> assertThat(rows).isEmpty());
    replays.replay(group);

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(replays.caughtUp(group)).isTrue();
      assertThat(snapshot(tables)).isEqualTo(before);
    });
  }

  private List<List<Map<String, Object>>> snapshot(String... tables) {
    return Arrays.stream(tables)
        .map(table -> jdbc.queryForList("select * from " + table + " order by 1, 2"))
        .toList();
  }
}
