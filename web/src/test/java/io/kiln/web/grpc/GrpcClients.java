package io.kiln.web.grpc;

import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Clients of the test Kiln's gRPC server, with certificates from its development CA or from elsewhere. */
final class GrpcClients {
  private final int port;
  private final Pki.Issued ca;
  private final String caPem;

  GrpcClients(Path kilnHome, int port) throws Exception {
    this.port = port;
    Path dir = kilnHome.resolve("grpc");
    this.caPem = Files.readString(dir.resolve("ca.pem"));
    X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
    String keyPem = Files.readString(dir.resolve("ca-key.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
    this.ca = new Pki.Issued(certificate, KeyFactory.getInstance("EC")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keyPem))));
  }

  /** A client certificate for {@code name} from Kiln's CA, valid now. */
  Pki.Issued certificate(String name) {
    return Pki.issue(ca, name, false, List.of(), Instant.now().minus(Duration.ofMinutes(5)),
        Instant.now().plus(Duration.ofDays(1)));
  }

  Pki.Issued expiredCertificate(String name) {
    return Pki.issue(ca, name, false, List.of(), Instant.now().minus(Duration.ofDays(2)),
        Instant.now().minus(Duration.ofDays(1)));
  }

  static Pki.Issued foreignCertificate(String name) {
    var other = Pki.newCa("Someone else's CA", Instant.now().minus(Duration.ofMinutes(5)),
        Instant.now().plus(Duration.ofDays(1)));
    return Pki.issue(other, name, false, List.of(), Instant.now().minus(Duration.ofMinutes(5)),
        Instant.now().plus(Duration.ofDays(1)));
  }

  ManagedChannel channel(Pki.Issued client) {
    return channel(client, 0);
  }

  /** A channel; {@code window} > 0 makes the client's flow-control window that small. */
  ManagedChannel channel(Pki.Issued client, int window) {
    try {
      var credentials = TlsChannelCredentials.newBuilder().trustManager(in(caPem));
      if (client != null) {
        credentials.keyManager(in(client.certificatePem()), in(client.keyPem()));
      }
      ChannelCredentials built = credentials.build();
      var builder = NettyChannelBuilder.forAddress("localhost", port, built);
      if (window > 0) {
        builder.flowControlWindow(window);
      }
      return builder.build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ByteArrayInputStream in(String pem) {
    return new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII));
  }
}
