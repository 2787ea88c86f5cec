package io.kiln.web.proxy;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

/**
 * A WebSocket through Kiln. The workload's end is opened first, offering the subprotocols the caller asked for; only
 * once the workload accepted is the caller's handshake answered (with the subprotocol the workload chose), so a
 * workload that refuses fails the caller's handshake instead of accepting a socket that closes at once. Frames are
 * copied both ways; when either side closes, so does the other. Every frame counts as use of the workload. (The
 * caller's handshake completes once the caller's socket is open; the workload's socket is held until the relay ends.)
 */
final class WebSocketRelay {
  private static final String PROTOCOL = "Sec-WebSocket-Protocol";
  private static final Set<Integer> UNSENDABLE = Set.of(1005, 1006, 1015);
  private final ReactorNettyWebSocketClient workloads = new ReactorNettyWebSocketClient();
  private final HandshakeWebSocketService callers = new HandshakeWebSocketService();

  Mono<Void> relay(ServerWebExchange exchange, URI workloadUri, HttpHeaders headers, Runnable used) {
    List<String> asked = exchange.getRequest().getHeaders().getOrEmpty(PROTOCOL).stream()
        .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(p -> !p.isEmpty()).toList();
    return workloads.execute(workloadUri, headers, offering(asked, workload -> {
      Sinks.Empty<Void> ended = Sinks.empty();
      return Mono.defer(() -> callers.handleRequest(exchange, offering(chosen(workload),
              caller -> bridge(caller, workload, used).doFinally(signal -> ended.tryEmitEmpty()))))
          .subscribeOn(connectionThread(exchange))
          .then(ended.asMono());
    }));
  }

  /**
   * The caller's handshake must run on its connection's own thread: answered from another, the caller's first frames
   * can arrive before the connection reads WebSocket frames, and are lost.
   */
  private static Scheduler connectionThread(ServerWebExchange exchange) {
    Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
    return request instanceof Connection connection ? Schedulers.fromExecutor(connection.channel().eventLoop())
        : Schedulers.immediate();
  }

  private static Mono<Void> bridge(WebSocketSession caller, WebSocketSession workload, Runnable used) {
    Mono<Void> callerLeft = workload.send(caller.receive().doOnNext(m -> used.run()).map(m -> copy(m, workload)))
        .then(Mono.defer(() -> closeLike(workload, caller)));
    Mono<Void> workloadLeft = caller.send(workload.receive().doOnNext(m -> used.run()).map(m -> copy(m, caller)))
        .then(Mono.defer(() -> closeLike(caller, workload)));
    return Mono.firstWithSignal(callerLeft, workloadLeft);
  }

  /** Closes {@code session} with the code the other side closed with (codes that may not be sent: 1000). */
  private static Mono<Void> closeLike(WebSocketSession session, WebSocketSession closed) {
    return closed.closeStatus().filter(status -> !UNSENDABLE.contains(status.getCode()))
        .defaultIfEmpty(CloseStatus.NORMAL).flatMap(session::close);
  }

  private static List<String> chosen(WebSocketSession workload) {
    String protocol = workload.getHandshakeInfo().getSubProtocol();
    return protocol == null ? List.of() : List.of(protocol);
  }

  private static WebSocketHandler offering(List<String> protocols, WebSocketHandler handler) {
    return new WebSocketHandler() {
      @Override
      public List<String> getSubProtocols() {
        return protocols;
      }

      @Override
      public Mono<Void> handle(WebSocketSession session) {
        return handler.handle(session);
      }
    };
  }

  private static WebSocketMessage copy(WebSocketMessage message, WebSocketSession to) {
    return switch (message.getType()) {
      case TEXT -> to.textMessage(message.getPayloadAsText());
      case BINARY -> {
        byte[] bytes = new byte[message.getPayload().readableByteCount()];
        message.getPayload().read(bytes);
        yield to.binaryMessage(f -> f.wrap(bytes));
      }
      case PING -> to.pingMessage(f -> f.wrap(new byte[0]));
      case PONG -> to.pongMessage(f -> f.wrap(new byte[0]));
    };
  }
}
