package io.kiln.web.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.kiln.web.grpc.v1.EventEnvelope;
import io.kiln.web.grpc.v1.EventFilter;
import io.kiln.web.grpc.v1.EventStreamGrpc;
import io.kiln.web.grpc.v1.SubscribeRequest;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The event stream over mutual TLS, as an integration with its own certificate sees it. */
class EventStreamGrpcTest extends KilnIntegrationTest {
  @Autowired
  GrpcServer server;
  private GrpcClients clients;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void clients() throws Exception {
    clients = new GrpcClients(Path.of("target/kiln-home"), server.port());
  }

  @AfterEach
  void close() {
    channels.forEach(ManagedChannel::shutdownNow);
  }

  @Test
  void anIntegrationReadsEveryEventAsAnEnvelope() {
    String name = registered(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*")));
    long from = head() + 1;
    Person alice = api.newUser("user");
    String id = (String) api.createProject(alice, Api.uniqueName("Streamed")).get("id");

    Received received = subscribe(name, SubscribeRequest.newBuilder().setFromPosition(from).build(), 0);
    EventEnvelope created = await().atMost(Duration.ofSeconds(20)).until(() -> received.events().stream()
        .filter(e -> e.getAggregateId().equals(id)).findFirst(), found -> found.isPresent()).orElseThrow();
    assertThat(created.getType()).isEqualTo("ProjectCreatedEvent");
    assertThat(created.getAggregateType()).isEqualTo("Project");
    assertThat(created.getProjectId()).isEqualTo(id);
    assertThat(created.getActor()).isEqualTo(alice.id());
    assertThat(created.getRevision()).isEqualTo("1");
    assertThat(created.getPayloadJson()).contains("\"ownerId\":\"" + alice.id() + "\"");
    assertThat(received.positions()).first().isEqualTo(from);
    assertThat(received.positions()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aResumedStreamMissesNothingAndRepeatsNothing() {
    String name = registered(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*")));
    long from = head() + 1;
    api.createProject(api.newUser("user"), Api.uniqueName("Before"));
    Received first = subscribe(name, SubscribeRequest.newBuilder().setFromPosition(from).build(), 0);
    long seen = await().atMost(Duration.ofSeconds(20)).until(() -> first.positions().isEmpty() ? 0
        : first.positions().get(first.positions().size() - 1), last -> last >= head());
    first.cancel();

    api.createProject(api.newUser("user"), Api.uniqueName("While away"));
    long until = head();
    Received resumed = subscribe(name, SubscribeRequest.newBuilder().setFromPosition(seen + 1).build(), 0);
    await().atMost(Duration.ofSeconds(20)).until(() -> !resumed.positions().isEmpty()
        && resumed.positions().get(resumed.positions().size() - 1) >= until);

    List<Long> all = new ArrayList<>(first.positions().stream().filter(p -> p <= seen).toList());
    all.addAll(resumed.positions().stream().filter(p -> p <= until).toList());
    assertThat(all).doesNotHaveDuplicates().isEqualTo(jdbc.queryForList(
        "select globalindex from eventstore.domainevententry where globalindex between ? and ? order by 1",
        Long.class, from, until));
  }

  @Test
  void aScopedIntegrationSeesItsProjectsAndAsksForNothingElse() {
    Person owner = api.newUser("user");
    String mine = (String) api.createProject(owner, Api.uniqueName("Mine")).get("id");
    String other = (String) api.createProject(owner, Api.uniqueName("Other")).get("id");
    long from = head() - 5;
    String name = registered(Map.of("projectIds", List.of(mine), "eventTypes",
        List.of("ProjectCreatedEvent", "ProjectDescriptionChangedEvent")));
    api.as(owner).patch().uri("/api/v1/projects/{id}", mine).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "seen")).exchange().expectStatus().isOk();
    api.as(owner).patch().uri("/api/v1/projects/{id}", other).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "unseen")).exchange().expectStatus().isOk();

    Received scoped = subscribe(name, SubscribeRequest.newBuilder().setFromPosition(from).build(), 0);
    await().atMost(Duration.ofSeconds(20)).until(() -> scoped.events().size() >= 2);
    assertThat(scoped.events()).allSatisfy(e -> assertThat(e.getProjectId()).isEqualTo(mine))
        .extracting(EventEnvelope::getType).containsExactly("ProjectCreatedEvent", "ProjectDescriptionChangedEvent");

    for (EventFilter beyond : new EventFilter[] {EventFilter.newBuilder().addProjectIds(other).build(),
        EventFilter.newBuilder().addEventTypes("UserCreatedEvent").build()}) {
      Received refused = subscribe(name, SubscribeRequest.newBuilder().setFilter(beyond).build(), 0);
      await().atMost(Duration.ofSeconds(10)).until(() -> refused.status() != null);
      assertThat(refused.status()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
  }

  @Test
  void missingForeignExpiredAndUnknownCertificatesAreRefused() {
    String name = registered(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*")));
    SubscribeRequest request = SubscribeRequest.getDefaultInstance();
    assertThat(refusal(clients.channel(null), request)).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(refusal(clients.channel(GrpcClients.foreignCertificate(name)), request))
        .isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(refusal(clients.channel(clients.expiredCertificate(name)), request))
        .isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(refusal(clients.channel(clients.certificate("unregistered-" + UUID.randomUUID())), request))
        .isEqualTo(Status.Code.UNAUTHENTICATED);

    api.as(api.admin()).delete().uri("/api/v1/integrations/{name}", name).exchange().expectStatus().isNoContent();
    assertThat(refusal(clients.channel(clients.certificate(name)), request)).isEqualTo(Status.Code.UNAUTHENTICATED);
  }

  @Test
  void revokingAnIntegrationEndsItsOpenStreams() {
    String name = registered(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*")));
    Received open = subscribe(name, SubscribeRequest.newBuilder().setFromPosition(head()).build(), 0);
    await().atMost(Duration.ofSeconds(20)).until(() -> !open.events().isEmpty());
    api.as(api.admin()).delete().uri("/api/v1/integrations/{name}", name).exchange().expectStatus().isNoContent();
    await().atMost(Duration.ofSeconds(20)).until(() -> open.status() != null);
    assertThat(open.status()).isEqualTo(Status.Code.UNAUTHENTICATED);
  }

  private Status.Code refusal(ManagedChannel channel, SubscribeRequest request) {
    channels.add(channel);
    Received received = new Received(0);
    EventStreamGrpc.newStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS).subscribe(request, received);
    await().atMost(Duration.ofSeconds(20)).until(() -> received.status() != null);
    return received.status();
  }

  private Received subscribe(String name, SubscribeRequest request, int initialRequests) {
    ManagedChannel channel = clients.channel(clients.certificate(name));
    channels.add(channel);
    Received received = new Received(initialRequests);
    EventStreamGrpc.newStub(channel).subscribe(request, received);
    return received;
  }

  private String registered(Map<String, Object> scope) {
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    api.as(api.admin()).put().uri("/api/v1/integrations/{name}", name).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(scope).exchange().expectStatus().isOk();
    return name;
  }

  private long head() {
    return jdbc.queryForObject("select coalesce(max(globalindex), 0) from eventstore.domainevententry", Long.class);
  }
}
