package io.kiln.command.build;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.build.BuildTestData.ALICE;
import static io.kiln.command.build.BuildTestData.ARCHIVED_PROJECT;
import static io.kiln.command.build.BuildTestData.AUDITOR;
import static io.kiln.command.build.BuildTestData.BUILD;
import static io.kiln.command.build.BuildTestData.DEPRECATED_RUNTIME;
import static io.kiln.command.build.BuildTestData.DISABLED_RUNTIME;
import static io.kiln.command.build.BuildTestData.FOREIGN_RUNTIME;
import static io.kiln.command.build.BuildTestData.IMAGE;
import static io.kiln.command.build.BuildTestData.MODEL;
import static io.kiln.command.build.BuildTestData.NAME;
import static io.kiln.command.build.BuildTestData.OPERATOR;
import static io.kiln.command.build.BuildTestData.PLATFORM_ADMIN;
import static io.kiln.command.build.BuildTestData.PROJECT;
import static io.kiln.command.build.BuildTestData.PROJECT_ADMIN;
import static io.kiln.command.build.BuildTestData.PROJECT_OWNER;
import static io.kiln.command.build.BuildTestData.PROJECT_RUNTIME;
import static io.kiln.command.build.BuildTestData.RECIPE;
import static io.kiln.command.build.BuildTestData.RUNTIME;
import static io.kiln.command.build.BuildTestData.SOURCE;
import static io.kiln.command.build.BuildTestData.STRANGER;
import static io.kiln.command.build.BuildTestData.T0;
import static io.kiln.command.build.BuildTestData.UNKNOWN_PROJECT;
import static io.kiln.command.build.BuildTestData.UNKNOWN_RUNTIME;
import static io.kiln.command.build.BuildTestData.VIEWER;
import static io.kiln.command.build.BuildTestData.projects;
import static io.kiln.command.build.BuildTestData.request;
import static io.kiln.command.build.BuildTestData.requested;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.project.Visibility;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A build request: who may ask, what a request must look like, and on which base runtime. */
class BuildRequestTest {
  private final FakeProjectAccess projects = projects();
  private AggregateTestFixture<Build> fixture;

  @BeforeEach
  void setUp() {
    fixture = BuildTestData.fixture(projects, BuildTestData.catalog());
  }

  @AfterEach
  void tearDown() {
    BuildTestData.restoreClock();
  }

  private ResultValidator<Build> when(RequestBuildCommand command, Map<String, Object> actor) {
    return fixture.givenCurrentTime(T0).when(command, actor);
  }

  private void refused(String actor, RequestBuildCommand command, Matcher<Throwable> error) {
    when(command, Actors.user(actor)).expectException(error).expectNoEvents();
  }

  private static RequestBuildCommand withSource(BuildSource source) {
    return request(PROJECT, BuildKind.RUNTIME, NAME, source, RUNTIME, RECIPE, null);
  }

  private static BuildRequestedEvent requestedWith(BuildKind kind, BuildSource source, BuildRecipe recipe,
                                                   String modelId) {
    return new BuildRequestedEvent(BUILD, PROJECT, ALICE, kind, NAME, source, RUNTIME,
        BuildTestData.BASE_IMAGE, Editor.JUPYTERLAB, BuildTestData.KERNEL, recipe, modelId, IMAGE, 3_600, T0);
  }

  @Nested
  class WhoMayRequest {
    @Test
    void contributorRequestsBuildWhichWaitsInTheQueueWithTheTimeoutOfTheSettings() {
      when(request(), Actors.user(ALICE))
          .expectEvents(requested())
          .expectResultMessagePayload(BUILD);
    }

    @ParameterizedTest
    @ValueSource(strings = {PROJECT_OWNER, PROJECT_ADMIN})
    void projectOwnerAndAdminRequestBuilds(String member) {
      when(request(), Actors.user(member)).expectEvents(requested(member, RECIPE));
    }

    @Test
    void platformAdminRequestsBuildsInAnyProject() {
      when(request(), Actors.admin(PLATFORM_ADMIN)).expectEvents(requested(PLATFORM_ADMIN, RECIPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {OPERATOR, VIEWER})
    void membersBelowContributorCannotRequest(String member) {
      refused(member, request(), kilnError(ErrorCode.FORBIDDEN));
    }

    @Test
    void auditorCannotRequest() {
      when(request(), Actors.auditor(AUDITOR)).expectException(kilnError(ErrorCode.FORBIDDEN)).expectNoEvents();
    }

    @Test
    void strangerCannotSeeAPrivateProject() {
      refused(STRANGER, request(), kilnError(ErrorCode.PROJECT_NOT_FOUND));
    }

    @Test
    void strangerWhoSeesAPublicProjectCannotBuildInIt() {
      projects.visibility(PROJECT, Visibility.PUBLIC);
      refused(STRANGER, request(), kilnError(ErrorCode.FORBIDDEN));
    }

    @Test
    void unknownProjectIsNotFound() {
      refused(ALICE, request(UNKNOWN_PROJECT, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, RECIPE, null),
          kilnError(ErrorCode.PROJECT_NOT_FOUND));
    }

    @Test
    void archivedProjectTakesNoBuilds() {
      refused(ALICE, request(ARCHIVED_PROJECT, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, RECIPE, null),
          kilnError(ErrorCode.PROJECT_ARCHIVED));
    }

    @Test
    void accessIsCheckedBeforeTheRequestItself() {
      refused(VIEWER, request(PROJECT, null, "Not A Name", null, null, null, null), kilnError(ErrorCode.FORBIDDEN));
    }
  }

  @Nested
  class WhatMayBeBuilt {
    @Test
    void modelBuildNamesItsModel() {
      when(request(PROJECT, BuildKind.MODEL, NAME, SOURCE, RUNTIME, RECIPE, MODEL), Actors.user(ALICE))
          .expectEvents(requestedWith(BuildKind.MODEL, SOURCE, RECIPE, MODEL));
    }

    @Test
    void applicationBuild() {
      when(request(PROJECT, BuildKind.APPLICATION, NAME, SOURCE, RUNTIME, RECIPE, null), Actors.user(ALICE))
          .expectEvents(requestedWith(BuildKind.APPLICATION, SOURCE, RECIPE, null));
    }

    @Test
    void externalGitRepositoryAtARef() {
      var source = new BuildSource(SourceKind.EXTERNAL_GIT, "https://github.com/acme/churn.git", "release/2.1", null);
      when(withSource(source), Actors.user(ALICE)).expectEvents(requestedWith(BuildKind.RUNTIME, source, RECIPE, null));
    }

    @Test
    void projectFilesAsTheyAreNow() {
      var source = new BuildSource(SourceKind.PROJECT_FILES, null, null, null);
      when(withSource(source), Actors.user(ALICE)).expectEvents(requestedWith(BuildKind.RUNTIME, source, RECIPE, null));
    }

    @Test
    void noRecipeInstallsTheDefaultRequirementsFileAndRunsNoScript() {
      when(request(PROJECT, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, null, null), Actors.user(ALICE))
          .expectEvents(requested(ALICE, new BuildRecipe("requirements.txt", null)));
    }

    @Test
    void recipeWithOnlyAScriptKeepsTheDefaultRequirementsFile() {
      when(request(PROJECT, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, new BuildRecipe(null, "setup.sh"), null),
          Actors.user(ALICE))
          .expectEvents(requested(ALICE, new BuildRecipe("requirements.txt", "setup.sh")));
    }

    @Test
    void longestNameIsAllowed() {
      String name = "a".repeat(63);
      when(request(PROJECT, BuildKind.RUNTIME, name, SOURCE, RUNTIME, RECIPE, null), Actors.user(ALICE))
          .expectEvents(new BuildRequestedEvent(BUILD, PROJECT, ALICE, BuildKind.RUNTIME, name, SOURCE, RUNTIME,
              BuildTestData.BASE_IMAGE, Editor.JUPYTERLAB, BuildTestData.KERNEL, RECIPE, null,
              "registry.kiln.example.com/6d2b7c1e/" + name + ":3c4d5e6f", 3_600, T0));
    }

    static Stream<Arguments> invalidRequests() {
      BuildSource git = SOURCE;
      return Stream.of(
          Arguments.of(request(PROJECT, null, NAME, git, RUNTIME, RECIPE, null), "kind"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, null, git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "", git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "Churn", git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "-churn", git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "churn.", git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "churn features", git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, "a".repeat(64), git, RUNTIME, RECIPE, null), "name"),
          Arguments.of(withSource(null), "source.kind"),
          Arguments.of(withSource(new BuildSource(null, null, null, "9fceb02")), "source.kind"),
          Arguments.of(withSource(new BuildSource(SourceKind.PROJECT_GIT, null, null, null)), "source.commit"),
          Arguments.of(withSource(new BuildSource(SourceKind.PROJECT_GIT, null, null, "9fceb0")), "source.commit"),
          Arguments.of(withSource(new BuildSource(SourceKind.PROJECT_GIT, null, null, "9FCEB02")), "source.commit"),
          Arguments.of(withSource(new BuildSource(SourceKind.PROJECT_GIT, null, null, "a".repeat(41))),
              "source.commit"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, null, "main", null)), "source.url"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, "http://example.com/r.git", "main", null)),
              "source.url"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, "file:///etc/r.git", "main", null)),
              "source.url"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, "https://x.io/r.git", null, null)),
              "source.ref"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, "https://x.io/r.git", "-x", null)),
              "source.ref"),
          Arguments.of(withSource(new BuildSource(SourceKind.EXTERNAL_GIT, "https://x.io/r.git", "a..b", null)),
              "source.ref"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, RUNTIME, new BuildRecipe("/etc/passwd", null),
              null), "recipe.requirementsFile"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, RUNTIME, new BuildRecipe("../r.txt", null),
              null), "recipe.requirementsFile"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, RUNTIME, new BuildRecipe(" ", null), null),
              "recipe.requirementsFile"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, RUNTIME, new BuildRecipe(null, "a/../../b.sh"),
              null), "recipe.setupScript"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, RUNTIME, RECIPE, MODEL), "modelId"),
          Arguments.of(request(PROJECT, BuildKind.APPLICATION, NAME, git, RUNTIME, RECIPE, MODEL), "modelId"),
          Arguments.of(request(PROJECT, BuildKind.MODEL, NAME, git, RUNTIME, RECIPE, null), "modelId"),
          Arguments.of(request(PROJECT, BuildKind.MODEL, NAME, git, RUNTIME, RECIPE, "churn-model"), "modelId"),
          Arguments.of(request(PROJECT, BuildKind.RUNTIME, NAME, git, null, RECIPE, null), "runtimeId"));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void invalidRequestIsRefusedNamingTheField(RequestBuildCommand command, String field) {
      refused(ALICE, command, invalidField(field));
    }
  }

  @Nested
  class BaseRuntime {
    private RequestBuildCommand on(String runtime) {
      return request(PROJECT, BuildKind.RUNTIME, NAME, SOURCE, runtime, RECIPE, null);
    }

    @Test
    void projectsOwnRuntimeIsABase() {
      when(on(PROJECT_RUNTIME), Actors.user(ALICE))
          .expectEvents(new BuildRequestedEvent(BUILD, PROJECT, ALICE, BuildKind.RUNTIME, NAME, SOURCE,
              PROJECT_RUNTIME, "registry.example.com/churn:7", Editor.NONE, null, RECIPE, null, IMAGE, 3_600, T0));
    }

    @Test
    void deprecatedRuntimeIsStillABase() {
      when(on(DEPRECATED_RUNTIME), Actors.user(ALICE))
          .expectEvents(new BuildRequestedEvent(BUILD, PROJECT, ALICE, BuildKind.RUNTIME, NAME, SOURCE,
              DEPRECATED_RUNTIME, "python:3.8", Editor.VSCODE, null, RECIPE, null, IMAGE, 3_600, T0));
    }

    @ParameterizedTest
    @ValueSource(strings = {UNKNOWN_RUNTIME, FOREIGN_RUNTIME})
    void unknownOrOtherProjectsRuntimeIsNotFound(String runtime) {
      refused(ALICE, on(runtime), kilnError(ErrorCode.RUNTIME_NOT_FOUND));
    }

    @Test
    void disabledRuntimeIsRefused() {
      refused(ALICE, on(DISABLED_RUNTIME), kilnError(ErrorCode.RUNTIME_DISABLED));
    }
  }
}
