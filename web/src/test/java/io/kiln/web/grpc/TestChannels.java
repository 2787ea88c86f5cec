package io.kiln.web.grpc;

import io.grpc.ManagedChannel;
import java.nio.file.Path;

/** A channel for a registered integration, with a certificate from the development CA under a Kiln home. */
public final class TestChannels {
  private TestChannels() {}

  public static ManagedChannel forIntegration(Path kilnHome, int port, String integration) throws Exception {
    GrpcClients clients = new GrpcClients(kilnHome, port);
    return clients.channel(clients.certificate(integration));
  }
}
