package io.kiln.infra.testdb;

import io.kiln.infra.db.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL every test in one JVM shares: {@code KILN_TEST_DB_URL} (with {@code KILN_TEST_DB_USER},
 * {@code KILN_TEST_DB_PASSWORD}) when set; else a Testcontainers PostgreSQL where a Docker engine answers; else an
 * embedded PostgreSQL under {@code target/}. Never H2.
 */
public final class TestDatabase {
  private static Server server;

  private TestDatabase() {}

  public record Server(String kind, String url, String user, String password) {
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  public static synchronized Server get() {
    if (server == null) {
      server = start();
      System.out.println("TestDatabase: " + server.kind() + " " + server.url());
    }
    return server;
  }

  public static void register(DynamicPropertyRegistry registry) {
    Server s = get();
    registry.add("kiln.db.url", s::url);
    registry.add("kiln.db.user", s::user);
    registry.add("kiln.db.password", s::password);
  }

  private static Server start() {
    String url = System.getenv("KILN_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return new Server("configured", url, System.getenv("KILN_TEST_DB_USER"), System.getenv("KILN_TEST_DB_PASSWORD"));
    }
    if (dockerAvailable()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
      container.start();
      return new Server("testcontainers", container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
    Path home = Path.of("target", "test-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
    EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(home, 0, false);
    // after the test's Kiln contexts have closed (a JVM hook of its own would stop the server under them, and their
    // pools and leader loops would wait for it until they time out)
    org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
      try {
        embedded.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(home);
      } catch (Exception ignored) {
        // the JVM is going away either way
      }
    });
    return new Server("embedded", embedded.jdbcUrl(), EmbeddedPostgresServer.USER, "");
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }
}
