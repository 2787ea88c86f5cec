package io.kiln.web.workloads;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class CatalogApiTest extends KilnIntegrationTest {

  @Nested
  class Runtimes {
    @Test
    void adminsRegisterRuntimesEveryoneReadsThem() {
      String id = api.runtime("enabled");
      Map<String, Object> runtime = api.get(api.newUser("user"), "/api/v1/runtimes/{id}", id);
      assertThat(runtime).containsEntry("editor", "jupyterlab").containsEntry("kernel", "python3.11")
          .containsEntry("status", "enabled");
      assertThat(api.items(api.newUser("user"), "/api/v1/runtimes?pageSize=100")).extracting(r -> r.get("id"))
          .contains(id);
    }

    @Test
    void usersCannotRegisterRuntimes() {
      Person user = api.newUser("user");
      long before = eventCount();
      expectProblem(api.as(user).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "mine", "image", "python:3", "editor", "vscode", "kernel", "python3"))
          .exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesBadDefinitionsAndDuplicateNames() {
      String name = "dup-" + java.util.UUID.randomUUID().toString().substring(0, 6);
      Map<String, String> good = Map.of("name", name, "image", "python:3", "editor", "vscode", "kernel", "python3");
      api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON).bodyValue(good)
          .exchange().expectStatus().isCreated();
      long before = eventCount();
      expectProblem(api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", name.toUpperCase(), "image", "python:3", "editor", "vscode", "kernel", "python3"))
          .exchange(), HttpStatus.CONFLICT, "RUNTIME_NAME_TAKEN");
      for (Map<String, String> bad : new Map[] {
          Map.of("name", "x", "image", "Not An Image!", "editor", "vscode", "kernel", "python3"),
          Map.of("name", "x", "image", "python:3", "editor", "emacs", "kernel", "python3"),
          Map.of("name", "x", "image", "python:3", "editor", "vscode", "kernel", "Python 3")}) {
        expectProblem(api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(bad).exchange(), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
      }
      assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void disabledRuntimesStartNothingDeprecatedOnesWarn() {
      Person alice = api.newUser("user");
      Object project = api.createProject(alice, Api.uniqueName("Catalogue")).get("id");
      String profile = api.profile(500, 512, 0);
      expectProblem(api.startSession(alice, project, api.runtime("disabled"), profile), HttpStatus.CONFLICT,
          "RUNTIME_DISABLED");
      api.startSession(alice, project, api.runtime("deprecated"), profile).expectStatus().isCreated()
          .expectBody().jsonPath("$.warnings[0]").value(w -> assertThat((String) w).contains("deprecated"));
    }
  }

  @Nested
  class Profiles {
    @Test
    void defineResizeAndRetire() {
      String id = api.profile(1000, 2048, 0);
      api.as(api.admin()).patch().uri("/api/v1/resource-profiles/{id}", id).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("cpuMillis", 4000, "memoryMiB", 8192, "gpus", 1, "gpuType", "nvidia-a100"))
          .exchange().expectStatus().isOk().expectBody()
          .jsonPath("$.cpuMillis").isEqualTo(4000).jsonPath("$.gpuType").isEqualTo("nvidia-a100");
      api.as(api.admin()).post().uri("/api/v1/resource-profiles/{id}:retire", id).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.retired").isEqualTo(true);
      Person alice = api.newUser("user");
      Object project = api.createProject(alice, Api.uniqueName("Retired")).get("id");
      expectProblem(api.startSession(alice, project, api.runtime("enabled"), id), HttpStatus.CONFLICT,
          "RESOURCE_PROFILE_RETIRED");
    }

    @Test
    void refusesImpossibleSizes() {
      for (Map<String, Object> bad : new Map[] {Map.of("name", "zero", "cpuMillis", 0, "memoryMiB", 1),
          Map.of("name", "neg", "cpuMillis", 1, "memoryMiB", -1),
          Map.of("name", "typed", "cpuMillis", 1, "memoryMiB", 1, "gpus", 0, "gpuType", "a100"),
          Map.of("name", "nomem", "cpuMillis", 1)}) {
        expectProblem(api.as(api.admin()).post().uri("/api/v1/resource-profiles")
            .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange(), HttpStatus.BAD_REQUEST,
            "VALIDATION_FAILED");
      }
    }

    @Test
    void unknownIdsAreNotFound() {
      expectProblem(api.as(api.admin()).post().uri("/api/v1/resource-profiles/{id}:retire",
          "3c0c0c0c-0000-4000-8000-000000000000").exchange(), HttpStatus.NOT_FOUND, "RESOURCE_PROFILE_NOT_FOUND");
      expectProblem(api.as(api.admin()).get().uri("/api/v1/runtimes/{id}", "nope").exchange(),
          HttpStatus.NOT_FOUND, "RUNTIME_NOT_FOUND");
    }
  }
}
