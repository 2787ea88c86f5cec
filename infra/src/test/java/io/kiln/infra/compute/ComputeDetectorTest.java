package io.kiln.infra.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComputeDetectorTest {
  @TempDir
  Path home;

  @Test
  void anExplicitChoiceWins() throws Exception {
    kubeconfig();
    assertThat(ComputeDetector.resolve("local", null, Map.of(), home)).isEqualTo(Compute.LOCAL);
    assertThat(ComputeDetector.resolve(" NONE ", null, Map.of(), home)).isEqualTo(Compute.NONE);
    assertThat(ComputeDetector.resolve("kubernetes", null, Map.of(), home)).isEqualTo(Compute.KUBERNETES);
  }

  @Test
  void withoutAClusterTheDefaultIsThisMachine() {
    assertThat(ComputeDetector.resolve(null, null, Map.of(), home)).isEqualTo(Compute.LOCAL);
    assertThat(ComputeDetector.resolve("", "", Map.of("KUBECONFIG", home.resolve("missing").toString()), home))
        .isEqualTo(Compute.LOCAL);
  }

  @Test
  void aKubeconfigAServiceAccountOrAMasterUrlMeanKubernetes() throws Exception {
    assertThat(ComputeDetector.resolve(null, "https://k8s:6443", Map.of(), home)).isEqualTo(Compute.KUBERNETES);
    assertThat(ComputeDetector.resolve(null, null, Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1"), home))
        .isEqualTo(Compute.KUBERNETES);
    kubeconfig();
    assertThat(ComputeDetector.resolve(null, null, Map.of(), home)).isEqualTo(Compute.KUBERNETES);
  }

  @Test
  void anUnknownChoiceIsRefused() {
    assertThatThrownBy(() -> ComputeDetector.resolve("docker", null, Map.of(), home))
        .hasMessageContaining("kubernetes, local or none");
  }

  private void kubeconfig() throws Exception {
    Files.createDirectories(home.resolve(".kube"));
    Files.writeString(home.resolve(".kube/config"), "apiVersion: v1");
  }
}
