package io.kiln.web.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.kiln.web.grpc.v1.CommandsGrpc;
import io.kiln.web.grpc.v1.SendCommandRequest;
import io.kiln.web.support.Api;
import io.kiln.web.support.KilnIntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** In-cluster callers send commands over gRPC, within the command scope of their integration. */
class CommandsGrpcTest extends KilnIntegrationTest {
  @Autowired
  GrpcServer server;
  private ManagedChannel channel;
  private String name;
  private String project;

  @BeforeEach
  void integration() throws Exception {
    project = (String) api.createProject(api.newUser("user"), Api.uniqueName("Commanded")).get("id");
    name = "cmd-" + UUID.randomUUID().toString().substring(0, 8);
    api.as(api.admin()).put().uri("/api/v1/integrations/{name}", name).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectIds", List.of(project), "eventTypes", List.of("*"),
            "commandTypes", List.of("ArchiveProjectCommand"))).exchange().expectStatus().isOk();
    GrpcClients clients = new GrpcClients(Path.of("target/kiln-home"), server.port());
    channel = clients.channel(clients.certificate(name));
  }

  @AfterEach
  void close() {
    channel.shutdownNow();
  }

  @Test
  void aCommandInScopeIsHandledWithTheIntegrationAsActor() {
    var answer = stub().send(SendCommandRequest.newBuilder().setType("ArchiveProjectCommand")
        .setPayloadJson("{\"projectId\":{\"value\":\"" + project + "\"}}").setCorrelationId("grpc-archive-1").build());
    assertThat(answer.getResultJson()).isEqualTo("1");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(api.get(api.admin(), "/api/v1/projects/{id}", project)).containsEntry("archived", true));
    assertThat(jdbc.queryForObject("select metadata ->> 'actor' from eventstore.events where aggregate_id = ?"
        + " and event_type like '%ProjectArchivedEvent'", String.class, project))
        .isEqualTo("system:integration:" + name);
  }

  @Test
  void commandsOutOfScopeAreRefusedAndAudited() {
    assertRefused(SendCommandRequest.newBuilder().setType("UpdateProjectDetailsCommand")
        .setPayloadJson("{\"projectId\":{\"value\":\"" + project + "\"},\"description\":\"x\"}").build(),
        Status.Code.PERMISSION_DENIED, "FORBIDDEN");
    String elsewhere = (String) api.createProject(api.newUser("user"), Api.uniqueName("Elsewhere")).get("id");
    assertRefused(SendCommandRequest.newBuilder().setType("ArchiveProjectCommand").setCorrelationId("grpc-beyond")
        .setPayloadJson("{\"projectId\":{\"value\":\"" + elsewhere + "\"}}").build(), Status.Code.PERMISSION_DENIED,
        "FORBIDDEN");
    assertRefused(SendCommandRequest.newBuilder().setType("ArchiveProjectCommand").setPayloadJson("{oops").build(),
        Status.Code.INVALID_ARGUMENT, "VALIDATION_FAILED");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.items(api.admin(),
        "/api/v1/audit/records?actor={a}&outcome=refused", "system:integration:" + name)).hasSize(3)
        .anySatisfy(r -> assertThat(r).containsEntry("correlationId", "grpc-beyond")
            .containsEntry("action", "ArchiveProjectCommand")));
    assertThat(api.get(api.admin(), "/api/v1/projects/{id}", elsewhere)).containsEntry("archived", false);
  }

  private void assertRefused(SendCommandRequest request, Status.Code status, String code) {
    assertThatThrownBy(() -> stub().send(request)).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(status);
      assertThat(e.getTrailers().get(GrpcErrors.CODE)).isEqualTo(code);
    });
  }

  private CommandsGrpc.CommandsBlockingStub stub() {
    return CommandsGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
  }
}
