package io.kiln.k8s.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.workload.Resources;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.applications.ApplicationManifests;
import io.kiln.k8s.applications.ApplicationSpec;
import io.kiln.k8s.builds.BuildManifests;
import io.kiln.k8s.jobs.JobManifests;
import io.kiln.k8s.jobs.JobRunSpec;
import io.kiln.k8s.models.ModelDeploymentManifests;
import io.kiln.k8s.models.ModelDeploymentSpec;
import io.kiln.k8s.models.ModelDeploymentSpec.Version;
import io.kiln.k8s.namespaces.NamespaceManifests;
import io.kiln.k8s.sessions.SessionManifests;
import io.kiln.k8s.storage.StorageManifests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every manifest Kiln generates is valid against the Kubernetes API's schema of its kind, strictly. */
class ManifestSchemaTest {
  private static final K8sSettings SETTINGS = new K8sSettings(null, "kiln", "kiln-builds", "nfs.kiln.test",
      "/exports/kiln", "", "apps.kiln.local", "alpine/git:2.45.2", "gcr.io/kaniko-project/executor:v1.23.2",
      "gcr.io/go-containerregistry/crane:v0.20.2", Duration.ofMinutes(5), 20);
  private static final String USER = UUID.randomUUID().toString();
  private static final String PROJECT = UUID.randomUUID().toString();
  private static final Resources GPU = new Resources(1500, 2048, 1, "nvidia-a100");
  private static final Resources CPU = new Resources(250, 512, 0, null);
  private final KubernetesSchemas schemas = new KubernetesSchemas();

  static Stream<HasMetadata> everyManifest() {
    List<HasMetadata> all = new ArrayList<>();
    all.addAll(NamespaceManifests.of(USER, new QuotaLimits(16_000, 65_536, 2), "kiln"));
    all.addAll(StorageManifests.of(PROJECT, USER, SETTINGS));
    all.addAll(StorageManifests.forBuilds(PROJECT, SETTINGS));
    for (Editor editor : List.of(Editor.JUPYTERLAB, Editor.NONE)) {
      all.addAll(SessionManifests.of(new SessionStartRequestedEvent(UUID.randomUUID().toString(), PROJECT, USER,
          "notebook", "rt", "Python", "registry.example.com/ml/python:3.11", editor, false, "pf", "GPU", GPU, 3600,
          Instant.now()), true));
    }
    all.add(BuildManifests.namespace(SETTINGS));
    for (SourceKind source : SourceKind.values()) {
      all.add(BuildManifests.pod(new BuildRequestedEvent(UUID.randomUUID().toString(), PROJECT, USER,
          BuildKind.RUNTIME, "rt", new BuildSource(source, "https://git.example.com/t/r.git", "main", "abc123"),
          "rt", "registry.example.com/ml/python:3.11", Editor.JUPYTERLAB, "python3.11",
          new BuildRecipe("requirements.txt", "setup.sh"), null, "localhost:5000/t/rt", 3600, Instant.now()),
          SETTINGS));
    }
    all.add(JobManifests.of(new JobRunSpec(UUID.randomUUID().toString(), UUID.randomUUID().toString(), PROJECT,
        USER, "registry.example.com/ml/python:3.11", GPU, "jobs/train.py", List.of("--epochs", "3"),
        Map.of("MODE", "fast"), 600), 2, true));
    ModelDeploymentSpec model = new ModelDeploymentSpec(UUID.randomUUID().toString(), PROJECT, USER, CPU,
        Map.of("LOG_LEVEL", "info"), Map.of("DB_PASSWORD", UUID.randomUUID().toString()), 3,
        new Version(1, "localhost:5000/t/m:1", 3), new Version(2, "localhost:5000/t/m:2", 1), 2, Map.of());
    all.addAll(ModelDeploymentManifests.of(model, model.primary()));
    all.addAll(ModelDeploymentManifests.of(model, model.canary()));
    all.add(ModelDeploymentManifests.secrets(model));
    all.addAll(ApplicationManifests.of(new ApplicationSpec(UUID.randomUUID().toString(), PROJECT, USER, "dash",
        "app/serve.py", "registry.example.com/ml/python:3.11", CPU, Map.of("MODE", "prod")), 2, true, SETTINGS));
    return all.stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyManifest")
  void isValidForTheKubernetesApi(HasMetadata manifest) {
    assertThat(schemas.violations(manifest)).as(manifest.getKind() + " " + manifest.getMetadata().getName())
        .isEmpty();
  }

  @Test
  void everyKindKilnGeneratesHasItsSchema() {
    assertThat(everyManifest().map(HasMetadata::getKind).distinct()).containsExactlyInAnyOrder("Namespace",
        "ResourceQuota", "LimitRange", "NetworkPolicy", "PersistentVolume", "PersistentVolumeClaim", "Pod", "Service",
        "Job", "Deployment", "Secret", "Ingress");
  }

  @Test
  void aFieldTheApiDoesNotKnowIsRefused() {
    ObjectNode job = (ObjectNode) KubernetesSchemas.json(jobManifest());
    ((ObjectNode) job.path("spec")).put("backoffLimits", 0);
    assertThat(schemas.violations(job)).singleElement().asString().contains("backoffLimits");
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    ObjectNode job = (ObjectNode) KubernetesSchemas.json(jobManifest());
    ((ObjectNode) job.path("spec")).put("activeDeadlineSeconds", "ten minutes");
    ((ObjectNode) job.path("spec").path("template").path("spec")).put("restartPolicy", "Sometimes");
    assertThat(schemas.violations(job)).hasSize(2).anySatisfy(v -> assertThat(v).contains("activeDeadlineSeconds"))
        .anySatisfy(v -> assertThat(v).contains("restartPolicy"));
  }

  private static HasMetadata jobManifest() {
    return everyManifest().filter(m -> "Job".equals(m.getKind())).findFirst().orElseThrow();
  }
}
