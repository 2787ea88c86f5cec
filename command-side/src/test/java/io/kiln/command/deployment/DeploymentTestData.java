package io.kiln.command.deployment;

import io.kiln.command.ChurnWorld;
import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.model.FakeModelDirectory;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.DeploymentDeployingEvent;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentReplicasReportedEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * One deployment of model "Churn scorer" (versions 1–3) by Alice in project "Churn": three Small replicas of
 * version 1, with an environment variable and a secret by reference.
 */
final class DeploymentTestData extends ChurnWorld {
  static final String DEPLOYMENT = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
  static final DeploymentId DEPLOYMENT_ID = new DeploymentId(DEPLOYMENT);
  static final String MODEL = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
  static final String MODEL_NAME = "Churn scorer";
  static final String UNKNOWN_MODEL = "3c4d5e6f-7a8b-4c9d-8e0f-000000000000";

  static final String EFFECTOR = "system:deployment-effector";

  static final Resources SMALL = new Resources(1_000, 2_048, 0, null);
  static final String IMAGE = "localhost:5000/6d2b7c1e/churn-scorer:";
  static final String DIGEST = "sha256:" + "cd".repeat(32);
  static final Map<String, String> ENVIRONMENT = Map.of("LOG_LEVEL", "info");
  static final String SECRET_REF = "5e6f7a8b-0000-4000-8000-00000000000c";
  static final Map<String, String> SECRETS = Map.of("DB_PASSWORD", SECRET_REF);
  static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");

  private DeploymentTestData() {}

  static FakeModelDirectory models() {
    return new FakeModelDirectory().model(MODEL, PROJECT, MODEL_NAME)
        .version(MODEL, 1, IMAGE + "v1", DIGEST)
        .version(MODEL, 2, IMAGE + "v2", DIGEST)
        .version(MODEL, 3, IMAGE + "v3", DIGEST);
  }

  static FakeCatalog catalog() {
    return new FakeCatalog().profile(PROFILE, "Small", SMALL).profile(RETIRED_PROFILE, "Old", SMALL, true);
  }

  static AggregateTestFixture<Deployment> fixture(FakeProjectAccess projects, FakeQuotaLedger quotas) {
    AggregateTestFixture<Deployment> fixture = new AggregateTestFixture<>(Deployment.class);
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog());
    fixture.registerInjectableResource(quotas);
    fixture.registerInjectableResource(models());
    return fixture;
  }

  static String image(int version) {
    return IMAGE + "v" + version + "@" + DIGEST;
  }

  static DeploymentCreatedEvent created() {
    return new DeploymentCreatedEvent(DEPLOYMENT, MODEL, PROJECT, ALICE, MODEL_NAME, 1, image(1), PROFILE, "Small",
        SMALL, 3, ENVIRONMENT, SECRETS, SMALL.times(3));
  }

  static ReportDeploymentReplicasCommand replicas(Integer generation, int desired, int ready, Instant at) {
    return new ReportDeploymentReplicasCommand(DEPLOYMENT_ID, generation, desired, ready, at);
  }

  static DeploymentReplicasReportedEvent reported(int generation, int desired, int ready, Instant at) {
    return new DeploymentReplicasReportedEvent(DEPLOYMENT, generation, desired, ready, at);
  }

  /** Version 1 on three ready replicas, deployed as rollout 1. */
  static List<Object> deployed() {
    return new ArrayList<>(List.of(created(), reported(1, 3, 0, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1),
        reported(1, 3, 3, T0.plusSeconds(30)), new DeploymentDeployedEvent(DEPLOYMENT, 1, 1, null, 0)));
  }

  static List<Object> stopped() {
    List<Object> events = deployed();
    events.addAll(List.of(new DeploymentStopRequestedEvent(DEPLOYMENT), new DeploymentStoppedEvent(DEPLOYMENT)));
    return events;
  }

  static List<Object> plus(List<Object> history, Object... more) {
    List<Object> events = new ArrayList<>(history);
    events.addAll(List.of(more));
    return events;
  }
}
