package io.kiln.web.api;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ProjectChangesApiTest extends KilnIntegrationTest {

  private WebTestClient.ResponseSpec patch(Person who, Object id, Map<String, ?> body) {
    return api.as(who).patch().uri("/api/v1/projects/{id}", id).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  @Nested
  class Update {
    @Test
    void ownerRenamesAndDescribesInOneCall() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Before"));
      String name = Api.uniqueName("After");
      patch(alice, project.get("id"), Map.of("name", name, "description", "new words"))
          .expectStatus().isOk()
          .expectHeader().valueEquals("ETag", "\"2\"")
          .expectBody()
          .jsonPath("$.name").isEqualTo(name)
          .jsonPath("$.description").isEqualTo("new words")
          .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void mergePatchMediaTypeIsAccepted() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Merge"));
      api.as(alice).patch().uri("/api/v1/projects/{id}", project.get("id"))
          .contentType(MediaType.valueOf("application/merge-patch+json"))
          .bodyValue(Map.of("visibility", "public")).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.visibility").isEqualTo("public");
    }

    @Test
    void viewersCannotRename() {
      Person alice = api.newUser("user");
      Person viewer = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Viewed"));
      api.setRole(alice, project.get("id"), viewer, "viewer");
      long before = eventCount();
      expectProblem(patch(viewer, project.get("id"), Map.of("name", "Mine now")), HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(eventCount()).isEqualTo(before);
      assertThat(api.get(alice, "/api/v1/projects/{id}", project.get("id"))).containsEntry("name", project.get("name"));
    }

    @Test
    void operatorsCannotRenameButContributorsCan() {
      Person alice = api.newUser("user");
      Person operator = api.newUser("user");
      Person contributor = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Roles"));
      api.setRole(alice, project.get("id"), operator, "operator");
      api.setRole(alice, project.get("id"), contributor, "contributor");
      expectProblem(patch(operator, project.get("id"), Map.of("description", "x")), HttpStatus.FORBIDDEN,
          "FORBIDDEN");
      patch(contributor, project.get("id"), Map.of("description", "by a contributor")).expectStatus().isOk();
    }

    @Test
    void strangersGetNotFoundForPrivateProjects() {
      Map<String, Object> project = api.createProject(api.newUser("user"), Api.uniqueName("Hidden"));
      expectProblem(patch(api.newUser("user"), project.get("id"), Map.of("name", "x")), HttpStatus.NOT_FOUND,
          "PROJECT_NOT_FOUND");
    }

    @Test
    void staleIfMatchIsAConflict() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Versioned"));
      patch(alice, project.get("id"), Map.of("description", "one")).expectStatus().isOk();
      long before = eventCount();
      expectProblem(api.as(alice).patch().uri("/api/v1/projects/{id}", project.get("id"))
          .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "two")).exchange(), HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION");
      assertThat(eventCount()).isEqualTo(before);
      api.as(alice).patch().uri("/api/v1/projects/{id}", project.get("id"))
          .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("description", "two")).exchange().expectStatus().isOk();
    }

    @Test
    void renameOntoAnotherOfTheOwnersNamesIsAConflict() {
      Person alice = api.newUser("user");
      Map<String, Object> first = api.createProject(alice, Api.uniqueName("First"));
      Map<String, Object> second = api.createProject(alice, Api.uniqueName("Second"));
      expectProblem(patch(alice, second.get("id"), Map.of("name", first.get("name"))), HttpStatus.CONFLICT,
          "PROJECT_NAME_TAKEN");
    }

    @Test
    void oneInvalidFieldChangesNothing() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Atomic"));
      long before = eventCount();
      expectProblem(patch(alice, project.get("id"), Map.of("name", "Valid name", "description", "x".repeat(4001))),
          HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("description");
      assertThat(eventCount()).isEqualTo(before);
    }
  }

  @Nested
  class Collaborators {
    @Test
    void ownerAddsChangesAndRemovesACollaborator() {
      Person alice = api.newUser("user");
      Person bob = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Team work"));
      api.as(alice).put().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"), bob.id())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("role", "viewer")).exchange()
          .expectStatus().isOk()
          .expectBody().jsonPath("$.collaborators[1].role").isEqualTo("viewer")
          .jsonPath("$.collaborators[1].username").isEqualTo(bob.username());
      api.setRole(alice, project.get("id"), bob, "admin");
      assertThat(roleOf(alice, project.get("id"), bob)).isEqualTo("admin");
      api.as(alice).delete().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"), bob.id())
          .exchange().expectStatus().isNoContent();
      expectProblem(api.as(bob).get().uri("/api/v1/projects/{id}", project.get("id")).exchange(),
          HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    }

    @Test
    void projectAdminsManageCollaboratorsContributorsDoNot() {
      Person alice = api.newUser("user");
      Person admin = api.newUser("user");
      Person contributor = api.newUser("user");
      Person carol = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Delegated"));
      api.setRole(alice, project.get("id"), admin, "admin");
      api.setRole(alice, project.get("id"), contributor, "contributor");
      api.setRole(admin, project.get("id"), carol, "operator");
      expectProblem(api.as(contributor).put().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"),
              carol.id()).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("role", "admin")).exchange(),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(roleOf(alice, project.get("id"), carol)).isEqualTo("operator");
    }

    @Test
    void unknownUsersAndTheOwnerAreRefused() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Refusals"));
      expectProblem(api.as(alice).put().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"),
              "0b0b0b0b-0000-4000-8000-000000000000").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("role", "viewer")).exchange(), HttpStatus.NOT_FOUND, "USER_NOT_FOUND");
      expectProblem(api.as(alice).put().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"),
              alice.id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("role", "viewer")).exchange(), HttpStatus.CONFLICT, "OWNER_IS_FIXED");
      expectProblem(api.as(alice).put().uri("/api/v1/projects/{id}/collaborators/{user}", project.get("id"),
              api.newUser("user").id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("role", "owner")).exchange(), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }

    private Object roleOf(Person viewer, Object projectId, Person member) {
      List<?> collaborators = (List<?>) api.get(viewer, "/api/v1/projects/{id}", projectId).get("collaborators");
      return collaborators.stream().map(c -> (Map<?, ?>) c).filter(c -> member.id().equals(c.get("userId")))
          .map(c -> c.get("role")).findFirst().orElse(null);
    }
  }

  @Nested
  class Archive {
    @Test
    void archivedProjectsKeepTheirNameAndRefuseChanges() {
      Person alice = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Old"));
      api.as(alice).post().uri("/api/v1/projects/{id}:archive", project.get("id")).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.archived").isEqualTo(true);
      api.as(alice).post().uri("/api/v1/projects/{id}:archive", project.get("id")).exchange()
          .expectStatus().isOk();
      expectProblem(patch(alice, project.get("id"), Map.of("description", "x")), HttpStatus.CONFLICT,
          "PROJECT_ARCHIVED");
      expectProblem(api.as(alice).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", project.get("name"))).exchange(), HttpStatus.CONFLICT, "PROJECT_NAME_TAKEN");
    }

    @Test
    void contributorsCannotArchive() {
      Person alice = api.newUser("user");
      Person contributor = api.newUser("user");
      Map<String, Object> project = api.createProject(alice, Api.uniqueName("Keep"));
      api.setRole(alice, project.get("id"), contributor, "contributor");
      expectProblem(api.as(contributor).post().uri("/api/v1/projects/{id}:archive", project.get("id")).exchange(),
          HttpStatus.FORBIDDEN, "FORBIDDEN");
    }
  }
}
