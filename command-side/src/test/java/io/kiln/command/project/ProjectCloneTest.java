package io.kiln.command.project;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.project.ProjectTestData.OWNER;
import static io.kiln.command.project.ProjectTestData.PROJECT;
import static io.kiln.command.project.ProjectTestData.PROJECT_ID;
import static io.kiln.command.project.ProjectTestData.created;

import io.kiln.command.Actors;
import io.kiln.command.user.FakeUserDirectory;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.GitSource;
import io.kiln.domain.project.ProjectCloneFailedEvent;
import io.kiln.domain.project.ProjectCloneRequestedEvent;
import io.kiln.domain.project.ProjectClonedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ReportProjectCloneFailedCommand;
import io.kiln.domain.project.ReportProjectClonedCommand;
import io.kiln.domain.project.Visibility;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A project made from a git URL and ref: the request is checked, the clone's outcome reported once. */
class ProjectCloneTest {
  private static final Map<String, Object> EFFECTOR = Actors.as("system:project-clones", "admin");
  private static final String URL = "https://git.example.com/team/churn.git";

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture(false);
  }

  private static AggregateTestFixture<Project> fixture(boolean allowFileUrls) {
    var fixture = new AggregateTestFixture<>(Project.class);
    fixture.registerInjectableResource(new FakeProjectNames());
    fixture.registerInjectableResource(new FakeUserDirectory());
    fixture.registerInjectableResource(new GitSettings(allowFileUrls));
    return fixture;
  }

  private static CreateProjectCommand create(String url, String ref) {
    return new CreateProjectCommand(PROJECT_ID, "Churn", null, null, new GitSource(url, ref));
  }

  @Test
  void aProjectFromGitAsksForItsClone() {
    fixture.givenNoPriorActivity()
        .when(create(URL, "v1.0"), Actors.user(OWNER))
        .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", "", Visibility.PRIVATE),
            new ProjectCloneRequestedEvent(PROJECT, URL, "v1.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssh://git@git.example.com/team/churn.git", "git://git.example.com/churn.git",
      "git@github.com:team/churn.git", "http://git.example.com/churn"})
  void sshGitAndHttpUrlsAreAccepted(String url) {
    fixture.givenNoPriorActivity()
        .when(create(url, null), Actors.user(OWNER))
        .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", "", Visibility.PRIVATE),
            new ProjectCloneRequestedEvent(PROJECT, url, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://alice:secret@git.example.com/churn.git", "https://ghp_token@github.com/a/b.git",
      "ssh://git:pw@git.example.com/churn.git"})
  void credentialsInTheUrlAreRefused(String url) {
    fixture.givenNoPriorActivity()
        .when(create(url, null), Actors.user(OWNER))
        .expectNoEvents()
        .expectException(kilnError(ErrorCode.GIT_URL_HAS_CREDENTIALS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///srv/repos/churn.git", "ftp://git.example.com/churn.git", "/srv/repos/churn",
      "https:///nohost", "", "https://git.example.com/a b"})
  void otherUrlsAreRefused(String url) {
    fixture.givenNoPriorActivity()
        .when(create(url, null), Actors.user(OWNER))
        .expectNoEvents()
        .expectException(kilnError(ErrorCode.GIT_URL_REFUSED));
  }

  @Test
  void fileUrlsAreAcceptedWhereTheWorkspaceAllowsThem() {
    fixture(true).givenNoPriorActivity()
        .when(create("file:///srv/repos/churn.git", "main"), Actors.user(OWNER))
        .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", "", Visibility.PRIVATE),
            new ProjectCloneRequestedEvent(PROJECT, "file:///srv/repos/churn.git", "main"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-upload-pack=evil", "main..x", "a b", "refs/heads/", "x:y"})
  void badRefsAreRefused(String ref) {
    fixture.givenNoPriorActivity()
        .when(create(URL, ref), Actors.user(OWNER))
        .expectNoEvents()
        .expectException(invalidField("git.ref"));
  }

  @Test
  void aFinishedCloneIsReportedOnce() {
    fixture.given(created(), new ProjectCloneRequestedEvent(PROJECT, URL, null))
        .when(new ReportProjectClonedCommand(PROJECT_ID, "abc123"), EFFECTOR)
        .expectEvents(new ProjectClonedEvent(PROJECT, "abc123"));
    fixture.given(created(), new ProjectCloneRequestedEvent(PROJECT, URL, null),
            new ProjectClonedEvent(PROJECT, "abc123"))
        .when(new ReportProjectClonedCommand(PROJECT_ID, "abc123"), EFFECTOR)
        .expectNoEvents();
  }

  @Test
  void aFailedCloneKeepsItsReason() {
    fixture.given(created(), new ProjectCloneRequestedEvent(PROJECT, URL, "nope"))
        .when(new ReportProjectCloneFailedCommand(PROJECT_ID, "No branch, tag or commit 'nope'"), EFFECTOR)
        .expectEvents(new ProjectCloneFailedEvent(PROJECT, "No branch, tag or commit 'nope'"));
  }

  @Test
  void onlyKilnReportsClones() {
    fixture.given(created(), new ProjectCloneRequestedEvent(PROJECT, URL, null))
        .when(new ReportProjectClonedCommand(PROJECT_ID, "abc123"), Actors.user(OWNER))
        .expectNoEvents()
        .expectException(kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void aProjectNotFromGitIgnoresCloneReports() {
    fixture.given(created())
        .when(new ReportProjectClonedCommand(PROJECT_ID, "abc123"), EFFECTOR)
        .expectNoEvents();
  }
}
