package io.kiln.infra.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Kiln itself, its data in {@code <home>/postgres/data} so that it survives restarts.
 * The binaries unpack to {@code <home>/postgres/bin}. A server left running by a Kiln process that was killed is
 * stopped before a new one starts on the same data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  public static final String DATABASE = "kiln";
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A server that keeps every committed transaction through a crash, as Kiln's own state needs. */
  public static EmbeddedPostgresServer start(Path home, int port) {
    return start(home, port, true);
  }

  /**
   * A server for throw-away data (tests): without {@code durable}, commits skip the disk flush, as the embedded
   * PostgreSQL does by default.
   */
  public static EmbeddedPostgresServer start(Path home, int port, boolean durable) {
    Path root = home.resolve("postgres");
    Path data = root.resolve("data");
    try {
      Files.createDirectories(root.resolve("bin"));
      OrphanedPostmaster.stopIfRunning(data);
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(root.resolve("bin").toFile())
          .setDataDirectory(data.toFile())
          .setCleanDataDirectory(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setRegisterShutdownHook(false)
          .setPort(port == 0 ? freePort() : port)
          .setServerConfig("fsync", durable ? "on" : "off")
          .setServerConfig("synchronous_commit", durable ? "on" : "off")
          .setServerConfig("full_page_writes", durable ? "on" : "off")
          .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
      server.createDatabaseIfMissing();
      log.info("Embedded PostgreSQL serves {} on port {} (data in {})", DATABASE, pg.getPort(), data);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data + " on port " + port
          + " (is another PostgreSQL using it? set KILN_DB_EMBEDDED_PORT): " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public int port() {
    return postgres.getPort();
  }

  private void createDatabaseIfMissing() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
         var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (var rs = exists.executeQuery()) {
        if (!rs.next()) {
          c.createStatement().execute("create database " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
