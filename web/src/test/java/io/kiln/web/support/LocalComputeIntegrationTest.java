package io.kiln.web.support;

import io.kiln.infra.testdb.TestDatabase;
import io.kiln.web.KilnApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * Kiln with local compute: real processes on this machine, on a database of its own on the test PostgreSQL server
 * (so that the Kubernetes context's effectors never see these workloads). The one other shared context of the suite:
 * every local-compute test extends this class and adds nothing that changes the context.
 */
@SpringBootTest(classes = KilnApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kiln.bootstrap.admin-key=" + KilnIntegrationTest.ADMIN_KEY, "kiln.home=target/kiln-local-home",
        "kiln.audit.seal-interval=200ms", "kiln.grpc.port=-1", "kiln.compute=local", "kiln.local.tick=200ms",
        "kiln.local.stop-grace=1s", "kiln.git.allow-file-urls=true", "kiln.apps.domain=" + LocalComputeIntegrationTest.APPS_DOMAIN})
public abstract class LocalComputeIntegrationTest {
  public static final String PYTHON = "python3";
  public static final String APPS_DOMAIN = "apps.kiln.test";
  private static final String DATABASE = "kiln_local";
  private static boolean prepared;

  @Autowired
  protected WebTestClient web;

  @Autowired
  protected JdbcTemplate jdbc;

  protected Api api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    prepare();
    TestDatabase.Server server = TestDatabase.get();
    registry.add("kiln.db.url", () -> server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"));
    registry.add("kiln.db.user", server::user);
    registry.add("kiln.db.password", server::password);
  }

  private static synchronized void prepare() {
    if (prepared) {
      return;
    }
    FileSystemUtils.deleteRecursively(Path.of("target", "kiln-local-home").toFile());
    try (Connection c = TestDatabase.get().connect()) {
      boolean exists;
      try (var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        exists = rs.next();
      }
      if (exists) {
        c.createStatement().execute("drop database " + DATABASE + " with (force)");
      }
      c.createStatement().execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the local-compute test database", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(LocalComputeIntegrationTest::killWorkloads));
    prepared = true;
  }

  /**
   * What the tests started and left running dies with the test JVM: the workloads under this suite's home only (its
   * exit file is in the environment), never another Kiln's on the same machine.
   */
  private static void killWorkloads() {
    String home = Path.of("target", "kiln-local-home").toAbsolutePath().toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains("kiln-workload")).orElse(false))
        .filter(p -> environment(p).contains("KILN_EXIT_FILE=" + home + "/"))
        .forEach(p -> {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
        });
  }

  private static String environment(ProcessHandle process) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ")),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @BeforeEach
  void api() {
    api = new Api(web.mutate().responseTimeout(Duration.ofSeconds(30)).build());
  }

  /** Events people caused; what Kiln's own processes (local compute, clones, the proxy) report comes on its own time. */
  protected long eventCount() {
    return jdbc.queryForObject("select count(*) from eventstore.events "
        + "where coalesce(metadata ->> 'actor', '') not like 'system:%'", Long.class);
  }

  /** A runtime that runs scripts with python3 and serves sessions with {@code editorCommand}. */
  protected String pythonRuntime(String editorCommand) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "py-" + unique(), "image", "python:3.12",
        "editor", "jupyterlab", "kernel", "python3", "localCommand", PYTHON));
    if (editorCommand != null) {
      body.put("editorCommand", editorCommand);
    }
    return (String) api.as(api.admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody()
        .get("id");
  }

  protected void upload(Api.Person who, Object projectId, String path, String content) {
    api.as(who).put().uri("/api/v1/projects/{p}/files/" + path, projectId)
        .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(content.getBytes())
        .exchange().expectStatus().is2xxSuccessful();
  }

  protected static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
