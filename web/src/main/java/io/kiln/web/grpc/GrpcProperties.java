package io.kiln.web.grpc;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.grpc.*}: the gRPC server's port ({@code KILN_GRPC_PORT}; 0: any free port; -1: no gRPC server), its
 * certificate and key ({@code KILN_GRPC_TLS_CERT}, {@code KILN_GRPC_TLS_KEY}) and the CA that signs client
 * certificates ({@code KILN_GRPC_CLIENT_CA}), all PEM files; when none is set Kiln makes a development CA and server
 * certificate under {@code KILN_HOME/grpc}. {@code KILN_GRPC_POLL_INTERVAL}: how often subscribers waiting at the head
 * of the stream look for new events; {@code KILN_GRPC_GAP_TIMEOUT}: how long a missing position holds a stream back
 * before it counts as a rolled-back write.
 */
@ConfigurationProperties("kiln.grpc")
public record GrpcProperties(@DefaultValue("9090") int port,
                             Path tlsCert,
                             Path tlsKey,
                             Path clientCa,
                             @DefaultValue("200ms") Duration pollInterval,
                             @DefaultValue("10s") Duration gapTimeout,
                             @DefaultValue("100") int batchSize,
                             @DefaultValue("4") int streamThreads) {
  public boolean enabled() {
    return port >= 0;
  }

  public boolean tlsConfigured() {
    return tlsCert != null || tlsKey != null || clientCa != null;
  }
}
