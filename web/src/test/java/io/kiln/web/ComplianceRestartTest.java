package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.grpc.ManagedChannel;
import io.kiln.web.grpc.GrpcServer;
import io.kiln.web.grpc.TestChannels;
import io.kiln.web.grpc.v1.EventEnvelope;
import io.kiln.web.grpc.v1.EventStreamGrpc;
import io.kiln.web.grpc.v1.SubscribeRequest;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Kiln stopped while a webhook delivery is still failing and an integration is mid-stream: after the restart the
 * delivery arrives from the outbox, and the stream resumed after its last position misses nothing.
 */
class ComplianceRestartTest {
  private static final String KEY = "kiln_compliance-restart-admin-key";

  @TempDir
  Path home;

  @Test
  void deliveriesSurviveARestartAndTheStreamResumesWithoutAGap() throws Exception {
    int receiverPort;
    try (var probe = new java.net.ServerSocket(0)) {
      receiverPort = probe.getLocalPort();
    }
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<Long> streamed = new ArrayList<>();
    long last;
    try (ConfigurableApplicationContext kiln = start()) {
      WebTestClient api = client(kiln);
      api.post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("url", "http://127.0.0.1:" + receiverPort + "/hook",
              "eventTypes", List.of("ProjectCreatedEvent"), "projectIds", List.of("*"), "secret", "restart-secret-123"))
          .exchange().expectStatus().isCreated();
      api.put().uri("/api/v1/integrations/restarted").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*"))).exchange().expectStatus().isOk();
      api.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "Before the restart")).exchange().expectStatus().isCreated();
      await().atMost(Duration.ofSeconds(30)).until(() -> jdbc(kiln).queryForObject(
          "select attempts from eventstore.webhook_delivery", Integer.class) >= 1);

      ManagedChannel channel = TestChannels.forIntegration(home, kiln.getBean(GrpcServer.class).port(), "restarted");
      var iterator = EventStreamGrpc.newBlockingStub(channel)
          .subscribe(SubscribeRequest.newBuilder().setFromPosition(1).build());
      long head = jdbc(kiln).queryForObject("select max(globalindex) from eventstore.domainevententry", Long.class);
      while (streamed.isEmpty() || streamed.get(streamed.size() - 1) < head) {
        EventEnvelope next = iterator.next();
        streamed.add(next.getPosition());
      }
      last = streamed.get(streamed.size() - 1);
      channel.shutdownNow();
    }

    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 0);
    receiver.createContext("/", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes()));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try (ConfigurableApplicationContext kiln = start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> bodies.size() == 1);
      assertThat(bodies.get(0)).contains("Before the restart");

      client(kiln).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "After the restart")).exchange().expectStatus().isCreated();
      long head = jdbc(kiln).queryForObject("select max(globalindex) from eventstore.domainevententry", Long.class);
      ManagedChannel channel = TestChannels.forIntegration(home, kiln.getBean(GrpcServer.class).port(), "restarted");
      try {
        var iterator = EventStreamGrpc.newBlockingStub(channel)
            .subscribe(SubscribeRequest.newBuilder().setFromPosition(last + 1).build());
        while (streamed.get(streamed.size() - 1) < head) {
          streamed.add(iterator.next().getPosition());
        }
      } finally {
        channel.shutdownNow();
      }
      assertThat(streamed).doesNotHaveDuplicates().isEqualTo(jdbc(kiln).queryForList(
          "select globalindex from eventstore.domainevententry where globalindex <= ? order by 1", Long.class, head));
      await().atMost(Duration.ofSeconds(30)).until(() -> bodies.size() == 2);
    } finally {
      receiver.stop(0);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(KilnApplication.class).run("--kiln.home=" + home,
        "--kiln.db.embedded-port=0", "--server.port=0", "--kiln.grpc.port=0", "--kiln.bootstrap.admin-key=" + KEY,
        "--kiln.webhooks.allow-http=true", "--kiln.webhooks.allow-loopback=true",
        "--kiln.webhooks.initial-backoff=100ms", "--kiln.webhooks.max-backoff=500ms",
        "--kiln.webhooks.max-attempts=1000");
  }

  private static org.springframework.jdbc.core.JdbcTemplate jdbc(ConfigurableApplicationContext kiln) {
    return kiln.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
  }

  private static WebTestClient client(ConfigurableApplicationContext kiln) {
    int port = ((WebServerApplicationContext) kiln).getWebServer().getPort();
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
        .defaultHeader("Authorization", "Bearer " + KEY).build();
  }
}
