package io.kiln.web.grpc;

import io.grpc.Grpc;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.TlsServerCredentials;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.kiln.infra.KilnProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Kiln's gRPC server on {@code KILN_GRPC_PORT}: mutual TLS only (a client without a certificate signed by the client
 * CA, or with an expired one, fails the handshake), every call made by a registered integration, with reflection so
 * that grpcurl needs no proto files.
 */
@Component
public class GrpcServer implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(GrpcServer.class);
  private final GrpcProperties grpc;
  private final KilnProperties kiln;
  private final EventStreamService events;
  private final CommandService commands;
  private final QueryGateway queries;
  private Server server;
  private ExecutorService executor;

  GrpcServer(GrpcProperties grpc, KilnProperties kiln, EventStreamService events, CommandService commands,
             QueryGateway queries) {
    this.grpc = grpc;
    this.kiln = kiln;
    this.events = events;
    this.commands = commands;
    this.queries = queries;
  }

  @Override
  public synchronized void start() {
    if (!grpc.enabled()) {
      log.info("The gRPC server is off (KILN_GRPC_PORT is negative)");
      return;
    }
    GrpcTls tls = GrpcTls.of(grpc, kiln.home());
    try {
      var credentials = TlsServerCredentials.newBuilder()
          .keyManager(tls.serverCert().toFile(), tls.serverKey().toFile())
          .trustManager(tls.clientCa().toFile())
          .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
          .build();
      var authentication = new IntegrationAuthentication(queries);
      executor = Executors.newFixedThreadPool(16, r -> new Thread(r, "kiln-grpc"));
      server = Grpc.newServerBuilderForPort(grpc.port(), credentials)
          .executor(executor)
          .addService(ServerInterceptors.intercept(events, authentication))
          .addService(ServerInterceptors.intercept(commands, authentication))
          .addService(ServerInterceptors.intercept(ProtoReflectionServiceV1.newInstance(), authentication))
          .build()
          .start();
      log.info("gRPC (mutual TLS) listens on port {}; client CA {}", server.getPort(), tls.clientCa());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the gRPC server on port " + grpc.port()
          + " (set KILN_GRPC_PORT)", e);
    }
  }

  public int port() {
    return server == null ? -1 : server.getPort();
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.shutdownNow();
      try {
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor.shutdownNow();
      server = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }
}
