package io.kiln.web.api.job;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * A live collection read as a browser reads it, over a connection of its own that closing ends (the server then
 * cancels its subscription): every server-sent event, kept in order.
 */
final class LiveStream implements AutoCloseable {
  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
      new ParameterizedTypeReference<>() {};
  private final List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();
  private final Disposable subscription;

  LiveStream(int port, String key, String uri, Object... vars) {
    subscription = WebClient.create("http://localhost:" + port).get().uri(uri, vars)
        .header("Authorization", "Bearer " + key).accept(MediaType.TEXT_EVENT_STREAM)
        .retrieve().bodyToFlux(EVENT)
        .subscribe(events::add);
  }

  /** Waits for the {@code ready} event: the current items have all been sent. */
  List<Map<String, Object>> awaitCurrentItems() {
    await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> "ready".equals(e.event())));
    return events.stream().takeWhile(e -> !"ready".equals(e.event())).map(ServerSentEvent::data).toList();
  }

  /** Waits for an {@code item} event whose data matches, and returns it. */
  ServerSentEvent<Map<String, Object>> awaitItem(Predicate<Map<String, Object>> matches) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> events.stream()
        .filter(e -> "item".equals(e.event()) && e.data() != null && matches.test(e.data())).findFirst()
        .orElse(null), e -> e != null);
  }

  @Override
  public void close() {
    subscription.dispose();
  }
}
