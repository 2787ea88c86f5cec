package io.kiln.web.api;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class ProjectsApiTest extends KilnIntegrationTest {

  @Nested
  class Create {
    @Test
    void answersWithTheProjectAsTheReadModelShowsIt() {
      Person alice = api.newUser("user");
      String name = Api.uniqueName("Churn");
      var response = api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", name, "description", "predicts churn", "visibility", "team"))
          .exchange()
          .expectStatus().isCreated()
          .expectHeader().valueMatches("Location", "/api/v1/projects/[0-9a-f-]{36}")
          .expectHeader().valueEquals("ETag", "\"0\"")
          .expectBody(Api.JSON).returnResult();
      Map<String, Object> project = response.getResponseBody();
      assertThat(project).containsEntry("name", name).containsEntry("description", "predicts churn")
          .containsEntry("visibility", "team").containsEntry("ownerId", alice.id())
          .containsEntry("ownerUsername", alice.username()).containsEntry("archived", false)
          .containsEntry("version", 0);
      assertThat((List<Object>) project.get("collaborators")).containsExactly(
          Map.<String, Object>of("userId", alice.id(), "username", alice.username(), "role", "owner"));
      assertThat(response.getResponseHeaders().getLocation().getPath()).endsWith((String) project.get("id"));
      assertThat(jdbc.queryForObject("select name from readmodel.project where project_id = ?::uuid", String.class,
          project.get("id"))).isEqualTo(name);
    }

    @Test
    void defaultsToPrivateWithEmptyDescription() {
      Map<String, Object> project = api.createProject(api.newUser("user"), Api.uniqueName("Defaults"));
      assertThat(project).containsEntry("visibility", "private").containsEntry("description", "");
    }

    @Test
    void sameNameForTheSameOwnerIsAConflictWhateverItsCase() {
      Person alice = api.newUser("user");
      String name = Api.uniqueName("Forecast");
      api.createProject(alice, name);
      long before = eventCount();
      expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", name.toUpperCase())).exchange(), HttpStatus.CONFLICT, "PROJECT_NAME_TAKEN");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void sameNameForAnotherOwnerIsFine() {
      String name = Api.uniqueName("Shared name");
      api.createProject(api.newUser("user"), name);
      api.createProject(api.newUser("user"), name);
    }

    @Test
    void auditorsCannotCreate() {
      Person auditor = api.newUser("auditor");
      long before = eventCount();
      expectProblem(api.as(auditor).post().uri("/api/v1/projects")
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Audit")).exchange(),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(eventCount()).isEqualTo(before);
    }
  }

  @Nested
  class Read {
    @Test
    void ownerReadsItWithAnETag() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Read"));
      api.as(alice).get().uri("/api/v1/projects/{id}", project.get("id")).exchange()
          .expectStatus().isOk()
          .expectHeader().valueEquals("ETag", "\"0\"")
          .expectBody().jsonPath("$.name").isEqualTo(project.get("name"));
    }

    @Test
    void anotherUsersPrivateProjectIsNotFound() {
      Map<String, Object> project = api.createProject(api.newUser("user"), Api.uniqueName("Secret"));
      expectProblem(api.as(api.newUser("user")).get().uri("/api/v1/projects/{id}", project.get("id")).exchange(),
          HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    }

    @Test
    void aProjectThatDoesNotExistLooksTheSame() {
      expectProblem(api.as(api.newUser("user")).get().uri("/api/v1/projects/{id}",
          "6f1c1c4e-0000-4000-8000-000000000000").exchange(), HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    }

    @Test
    void teamAndPublicProjectsAreVisibleToEveryone() {
      Person owner = api.newUser("user");
      Map<String, Object> team = api.createProject(owner, Map.of("name", Api.uniqueName("Team"), "visibility", "team"));
      Map<String, Object> open = api.createProject(owner, Map.of("name", Api.uniqueName("Open"), "visibility", "public"));
      Person other = api.newUser("user");
      assertThat(api.get(other, "/api/v1/projects/{id}", team.get("id"))).containsEntry("visibility", "team");
      assertThat(api.get(other, "/api/v1/projects/{id}", open.get("id"))).containsEntry("visibility", "public");
    }

    @Test
    void adminsAndAuditorsSeePrivateProjects() {
      Map<String, Object> project = api.createProject(api.newUser("user"), Api.uniqueName("Private"));
      api.get(api.admin(), "/api/v1/projects/{id}", project.get("id"));
      api.get(api.newUser("auditor"), "/api/v1/projects/{id}", project.get("id"));
    }
  }

  @Nested
  class List_ {
    @Test
    void listsOnlyWhatTheCallerMaySee() {
      Person alice = api.newUser("user");
      Person bob = api.newUser("user");
      String tag = Api.uniqueName("zz-list").replace(" ", "-");
      api.createProject(alice, tag + " alice private");
      api.createProject(bob, tag + " bob private");
      api.createProject(bob, Map.of("name", tag + " bob public", "visibility", "public"));
      List<Object> names = api.items(alice, "/api/v1/projects?search={s}", tag).stream()
          .map(p -> (Object) p.get("name")).toList();
      assertThat(names).containsExactly(tag + " alice private", tag + " bob public");
    }

    @Test
    void pagesThroughEverythingInNameOrder() {
      Person alice = api.newUser("user");
      String tag = Api.uniqueName("zz-page").replace(" ", "-");
      for (int i = 0; i < 5; i++) {
        api.createProject(alice, tag + " " + i);
      }
      List<Object> seen = new ArrayList<>();
      String token = null;
      int pages = 0;
      do {
        Map<String, Object> page = api.get(alice, "/api/v1/projects?search={s}&pageSize=2" + (token == null ? "" : "&pageToken="
            + token), tag);
        ((List<?>) page.get("items")).forEach(p -> seen.add(((Map<?, ?>) p).get("name")));
        token = (String) page.get("nextPageToken");
        pages++;
      } while (token != null);
      assertThat(seen).containsExactly(tag + " 0", tag + " 1", tag + " 2", tag + " 3", tag + " 4");
      assertThat(pages).isEqualTo(3);
    }

    @Test
    void searchTakesWildcardsLiterally() {
      Person alice = api.newUser("user");
      String tag = Api.uniqueName("zz_wild").replace(" ", "-");
      api.createProject(alice, tag + " a");
      assertThat(api.items(alice, "/api/v1/projects?search={s}", "zz%wild")).isEmpty();
      assertThat(api.items(alice, "/api/v1/projects?search={s}", tag.toUpperCase())).hasSize(1);
    }
  }
}
