package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import io.kiln.web.support.Problems;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** A session whose editor speaks WebSocket (a small standard-library Python echo server), reached through Kiln. */
class LocalSessionWebSocketTest extends LocalComputeIntegrationTest {
  @LocalServerPort
  int port;

  private Person alice;
  private String project;
  private String session;

  @BeforeEach
  void echoSession() throws IOException {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "WebSockets " + unique()).get("id");
    upload(alice, project, "ws_echo.py", new ClassPathResource("local/ws_echo.py")
        .getContentAsString(StandardCharsets.UTF_8));
    String runtime = pythonRuntime("python3 ws_echo.py {port}");
    session = (String) api.startSession(alice, project, runtime, api.profile(500, 512, 0)).expectStatus()
        .isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(Duration.ofSeconds(40)).until(
        () -> api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, session),
        s -> "running".equals(s.get("state")));
  }

  @Test
  void framesGoBothWaysForTheOwnerWithABearerKeyOrTheCookie() {
    assertThat(exchange(bearer(alice), "hello", "again")).containsExactly("echo /ws/chat: hello",
        "echo /ws/chat: again");

    HttpHeaders cookie = new HttpHeaders();
    cookie.add(HttpHeaders.COOKIE, "kiln_key=" + alice.key());
    assertThat(exchange(cookie, "from a browser")).containsExactly("echo /ws/chat: from a browser");
  }

  @Test
  void someoneWhoIsNotACollaboratorIsRefusedAndACollaboratorGetsThrough() {
    Person stranger = api.newUser("user");
    assertThatThrownBy(() -> exchange(bearer(stranger), "hello")).hasMessageContaining("404");
    assertThatThrownBy(() -> exchange(new HttpHeaders(), "hello")).hasMessageContaining("401");

    Person collaborator = api.newUser("user");
    api.setRole(alice, project, collaborator, "viewer");
    assertThat(exchange(bearer(collaborator), "hi")).containsExactly("echo /ws/chat: hi");
  }

  @Test
  void theCallerGetsTheSubprotocolTheWorkloadChose() {
    HttpHeaders headers = bearer(alice);
    headers.add("Sec-WebSocket-Protocol", "v2.echo.kiln.test, v1.echo.kiln.test");
    List<String> chosen = new CopyOnWriteArrayList<>();
    client().execute(uri("/ws/chat"), headers, new WebSocketHandler() {
          @Override
          public List<String> getSubProtocols() {
            return List.of("v2.echo.kiln.test", "v1.echo.kiln.test");
          }

          @Override
          public Mono<Void> handle(WebSocketSession ws) {
            chosen.add(String.valueOf(ws.getHandshakeInfo().getSubProtocol()));
            return ws.close();
          }
        })
        .block(Duration.ofSeconds(20));
    assertThat(chosen).containsExactly("v2.echo.kiln.test");
  }

  @Test
  void whenTheWorkloadClosesItsSocketTheCallersClosesToo() {
    List<CloseStatus> closed = new CopyOnWriteArrayList<>();
    client().execute(uri("/ws/chat"), bearer(alice), ws -> ws.send(Mono.just(
            ws.textMessage("bye"))).thenMany(ws.receive()).then(ws.closeStatus().doOnNext(closed::add)).then())
        .block(Duration.ofSeconds(20));
    assertThat(closed).as("the caller's socket was closed, not left open").hasSize(1);
  }

  @Test
  void aWorkloadThatRefusesTheWebSocketOrDoesNotAnswerIsABadGateway() {
    assertThatThrownBy(() -> client().execute(uri("/plain/chat"), bearer(alice),
            WebSocketSession::close).block(Duration.ofSeconds(20)))
        .hasMessageContaining("502");

    Problems.expectProblem(api.as(alice).get().uri("/sessions/{s}/drop/page", session).exchange(),
        HttpStatus.BAD_GATEWAY, "WORKLOAD_UNREACHABLE");
  }

  /** As a browser does, a connection of its own for every WebSocket (never one from a pool). */
  private static ReactorNettyWebSocketClient client() {
    return new ReactorNettyWebSocketClient(HttpClient.create(ConnectionProvider.newConnection()));
  }

  private URI uri(String path) {
    return URI.create("ws://localhost:" + port + "/sessions/" + session + path);
  }

  private static HttpHeaders bearer(Person who) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(who.key());
    return headers;
  }

  /**
   * Sends each text and answers what came back, one message per text. A hang fails with how far it got (handshake,
   * frames sent, frames received) and the threads' stacks in the test's output.
   */
  private List<String> exchange(HttpHeaders headers, String... texts) {
    List<String> received = new CopyOnWriteArrayList<>();
    List<String> progress = new CopyOnWriteArrayList<>();
    try {
      client().execute(uri("/ws/chat"), headers, ws -> {
            progress.add("handshake done");
            return ws.send(Flux.fromArray(texts).map(ws::textMessage)).doOnSuccess(v -> progress.add("sent"))
                .thenMany(ws.receive().map(WebSocketMessage::getPayloadAsText).doOnNext(received::add)
                    .take(texts.length))
                .then();
          })
          .block(Duration.ofSeconds(20));
    } catch (IllegalStateException timeout) {
      if (timeout.getMessage() == null || !timeout.getMessage().startsWith("Timeout on blocking read")) {
        throw timeout;
      }
      Thread.getAllStackTraces().forEach((thread, stack) -> System.out.println(thread + "\n  "
          + java.util.Arrays.stream(stack).map(Object::toString).collect(java.util.stream.Collectors.joining("\n  "))));
      throw new AssertionError("No answer within 20 s; " + progress + ", received " + received, timeout);
    }
    return received;
  }
}
