package io.kiln.web.grpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS material of the gRPC server: the configured files, or a development CA and server certificate that Kiln
 * makes once under {@code <home>/grpc} (ca.pem, ca-key.pem, server.pem, server-key.pem). Sign client certificates with
 * that CA for development; configure a real CA for anything else.
 */
record GrpcTls(Path serverCert, Path serverKey, Path clientCa) {
  private static final Logger log = LoggerFactory.getLogger(GrpcTls.class);

  static GrpcTls of(GrpcProperties grpc, Path home) {
    if (grpc.tlsConfigured()) {
      if (grpc.tlsCert() == null || grpc.tlsKey() == null || grpc.clientCa() == null) {
        throw new IllegalStateException("Set all of KILN_GRPC_TLS_CERT, KILN_GRPC_TLS_KEY and KILN_GRPC_CLIENT_CA, "
            + "or none of them for a development CA under KILN_HOME/grpc");
      }
      return new GrpcTls(grpc.tlsCert(), grpc.tlsKey(), grpc.clientCa());
    }
    Path dir = home.resolve("grpc");
    GrpcTls dev = new GrpcTls(dir.resolve("server.pem"), dir.resolve("server-key.pem"), dir.resolve("ca.pem"));
    if (!Files.exists(dev.serverCert())) {
      makeDevelopmentPki(dir);
    }
    return dev;
  }

  private static void makeDevelopmentPki(Path dir) {
    Instant now = Instant.now();
    Instant until = now.plus(Duration.ofDays(3650));
    var ca = Pki.newCa("Kiln development CA", now.minus(Duration.ofMinutes(5)), until);
    var server = Pki.issue(ca, "kiln", true, List.of("localhost", "127.0.0.1", "::1", hostName()),
        now.minus(Duration.ofMinutes(5)), until);
    try {
      Files.createDirectories(dir);
      write(dir.resolve("ca-key.pem"), ca.keyPem());
      write(dir.resolve("ca.pem"), ca.certificatePem());
      write(dir.resolve("server-key.pem"), server.keyPem());
      write(dir.resolve("server.pem"), server.certificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the development CA to " + dir, e);
    }
    log.warn("Kiln made a development CA for gRPC in {}: sign client certificates with ca.pem and ca-key.pem"
        + " (see the README); set KILN_GRPC_TLS_CERT, KILN_GRPC_TLS_KEY and KILN_GRPC_CLIENT_CA in production", dir);
  }

  private static void write(Path file, String pem) throws IOException {
    Files.writeString(file, pem);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
          file.getFileName().toString().contains("key") ? "rw-------" : "rw-r--r--"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
