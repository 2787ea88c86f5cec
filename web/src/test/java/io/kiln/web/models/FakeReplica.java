package io.kiln.web.models;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model replica in the test: a real HTTP server on an ephemeral port of 127.0.0.1 whose {@code POST /predict}
 * doubles {@code x} of {@code {"x": n}}, or fails with a 500; it counts the calls it took.
 */
final class FakeReplica implements AutoCloseable {
  private static final Pattern X = Pattern.compile("\"x\"\\s*:\\s*(-?\\d+)");
  private final HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean failing;

  private FakeReplica(String name) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/predict", exchange -> {
      calls.incrementAndGet();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher x = X.matcher(body);
      int status = failing ? 500 : x.find() ? 200 : 400;
      String answer = switch (status) {
        case 200 -> "{\"y\": " + 2 * Long.parseLong(x.group(1)) + ", \"replica\": \"" + name + "\"}";
        case 500 -> "{\"error\": \"ZeroDivisionError: division by zero\"}";
        default -> "{\"error\": \"x is missing\"}";
      };
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  static FakeReplica start(String name) {
    return new FakeReplica(name);
  }

  /** A port where nothing listens any more: a replica that is down. */
  static int deadPort() {
    FakeReplica replica = new FakeReplica("dead");
    int port = replica.port();
    replica.close();
    return port;
  }

  int port() {
    return server.getAddress().getPort();
  }

  int calls() {
    return calls.get();
  }

  void fail() {
    failing = true;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
