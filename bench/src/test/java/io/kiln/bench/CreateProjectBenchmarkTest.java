package io.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.infra.testdb.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs the harness for one second at one thread, so that it cannot rot unnoticed between benchmark runs. */
@SpringBootTest(classes = BenchApplication.class, properties = "kiln.home=target/bench-test-home")
class CreateProjectBenchmarkTest {
  @TempDir
  Path dir;

  @Autowired
  ApplicationContext context;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @Test
  void measuresKilnAndTheBaselineAndWritesTheReport() throws Exception {
    Path output = dir.resolve("create-project.json");
    BenchSettings settings = new BenchSettings(List.of(1), Duration.ZERO, Duration.ofSeconds(1), dir, output);

    BenchReport report = new CreateProjectBenchmark(settings).run(context);

    Comparison result = report.results().get(0);
    assertThat(result.threads()).isEqualTo(1);
    assertThat(result.kilnOpsPerSecond()).isPositive();
    assertThat(result.rawOpsPerSecond()).isPositive();
    assertThat(report.payloadBytes()).isPositive();
    assertThat(report.metadataBytes()).isPositive();
    JsonNode json = new ObjectMapper().readTree(output.toFile());
    assertThat(json.path("results").get(0).path("kilnOpsPerSecond").asDouble()).isPositive();
    assertThat(json.path("results").get(0).path("rawOpsPerSecond").asDouble()).isPositive();
  }
}
