package io.kiln.web.local;

import static org.awaitility.Awaitility.await;

import io.kiln.web.support.KilnIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The packaged {@code kiln.jar} run as a child process, as a user runs it: its own {@code KILN_HOME}, free ports, a
 * known admin key, local compute. Started, killed and started again on the same home.
 */
final class KilnJar implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Path jar;
  private final Path home;
  private final int httpPort = freePort();
  private final int grpcPort = freePort();
  private final int databasePort = freePort();
  private Process process;
  private int starts;

  KilnJar(Path jar, Path home) {
    this.jar = jar;
    this.home = home;
  }

  /** Starts Kiln and waits until it answers with a healthy database. */
  void start() {
    Path log = home.resolveSibling(home.getFileName() + "-kiln-" + (++starts) + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("KILN_") || name.startsWith("SPRING_"));
    env.put("KILN_HOME", home.toString());
    env.put("KILN_HTTP_PORT", String.valueOf(httpPort));
    env.put("KILN_GRPC_PORT", String.valueOf(grpcPort));
    env.put("KILN_DB_EMBEDDED_PORT", String.valueOf(databasePort));
    env.put("KILN_BOOTSTRAP_ADMIN_KEY", KilnIntegrationTest.ADMIN_KEY);
    env.put("KILN_COMPUTE", "local");
    env.put("KILN_LOCAL_STOP_GRACE", "1s");
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
        .failFast("Kiln exited; see " + log, () -> !process.isAlive())
        .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
  }

  /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL and the workloads are left behind. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String url() {
    return "http://localhost:" + httpPort;
  }

  WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl(url()).responseTimeout(Duration.ofSeconds(30)).build();
  }

  /** Stops Kiln as a user would (SIGTERM), then whatever it ran under its home. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    List<ProcessHandle> left = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false)).toList();
    for (ProcessHandle p : left) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  Path projectFile(String projectId, String path) {
    return home.resolve("projects").resolve(projectId).resolve(path);
  }

  Path workloadFile(String key, String name) {
    return home.resolve("local").resolve(key.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(name);
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
