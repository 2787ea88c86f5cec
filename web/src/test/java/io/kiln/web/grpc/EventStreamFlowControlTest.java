package io.kiln.web.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.Visibility;
import io.kiln.web.grpc.v1.EventStreamGrpc;
import io.kiln.web.grpc.v1.SubscribeRequest;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A subscriber that stops reading holds one page on the server and stalls nobody; when it reads again it resumes. */
class EventStreamFlowControlTest extends KilnIntegrationTest {
  private static final int EVENTS = 150;
  @Autowired
  GrpcServer server;
  @Autowired
  StreamHub hub;
  @Autowired
  CommandGateway commands;

  @Test
  void aSlowSubscriberNeitherStallsOthersNorGrowsMemory() throws Exception {
    GrpcClients clients = new GrpcClients(Path.of("target/kiln-home"), server.port());
    String name = "flow-" + UUID.randomUUID().toString().substring(0, 8);
    api.as(api.admin()).put().uri("/api/v1/integrations/{name}", name).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*"))).exchange().expectStatus().isOk();
    long from = jdbc.queryForObject("select max(globalindex) from eventstore.domainevententry", Long.class) + 1;
    ManagedChannel slowChannel = clients.channel(clients.certificate(name), 16 * 1024);
    ManagedChannel fastChannel = clients.channel(clients.certificate(name));
    try {
      Received slow = new Received(1);
      Received fast = new Received(0);
      SubscribeRequest request = SubscribeRequest.newBuilder().setFromPosition(from).build();
      EventStreamGrpc.newStub(slowChannel).subscribe(request, slow);
      EventStreamGrpc.newStub(fastChannel).subscribe(request, fast);

      long last = writeLargeEvents(api.newUser("user"));

      await().atMost(Duration.ofSeconds(60)).until(() -> fast.positions().stream().anyMatch(p -> p >= last));
      assertThat(slow.events()).hasSize(1);
      Subscription stalled = hub.subscriptions().stream().filter(s -> s.integration().equals(name))
          .min((a, b) -> Long.compare(a.sent(), b.sent())).orElseThrow();
      assertThat(stalled.sent()).as("sent to the slow client before flow control stopped it").isLessThan(EVENTS / 3);
      assertThat(stalled.buffered()).as("held for it on the server").isLessThanOrEqualTo(100);

      slow.request(10_000);
      await().atMost(Duration.ofSeconds(60)).until(() -> slow.positions().size() == fast.positions().size());
      assertThat(slow.positions()).isEqualTo(fast.positions());
    } finally {
      slowChannel.shutdownNow();
      fastChannel.shutdownNow();
    }
  }

  /** Creates projects with 4,000-character descriptions straight through the command bus; answers the last position. */
  private long writeLargeEvents(Person owner) {
    MetaData metaData = MetaData.with(MetadataKeys.ACTOR, owner.id()).and(MetadataKeys.ACTOR_ROLE, "user");
    String description = "d".repeat(4000);
    for (int i = 0; i < EVENTS; i++) {
      commands.sendAndWait(new CreateProjectCommand(ProjectId.newId(), "Large " + UUID.randomUUID(), description,
          Visibility.PRIVATE), metaData);
    }
    return jdbc.queryForObject("select max(globalindex) from eventstore.domainevententry", Long.class);
  }
}
