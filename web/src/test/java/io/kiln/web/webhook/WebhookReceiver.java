package io.kiln.web.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A local HTTP endpoint that records what Kiln POSTs and answers with the status its plan says for the n-th call. */
final class WebhookReceiver implements AutoCloseable {
  record Call(Map<String, String> headers, String body, int answered) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile IntUnaryOperator plan;

  WebhookReceiver(IntUnaryOperator plan) throws IOException {
    this(plan, 0);
  }

  WebhookReceiver(IntUnaryOperator plan, int port) throws IOException {
    this.plan = plan;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new java.util.HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      int status = this.plan.applyAsInt(count.incrementAndGet());
      calls.add(new Call(headers, body, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  int port() {
    return server.getAddress().getPort();
  }

  void answer(IntUnaryOperator newPlan) {
    plan = newPlan;
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  List<Call> succeeded() {
    return calls().stream().filter(c -> c.answered() >= 200 && c.answered() < 300).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
