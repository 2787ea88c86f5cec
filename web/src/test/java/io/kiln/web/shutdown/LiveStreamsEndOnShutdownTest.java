package io.kiln.web.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class LiveStreamsEndOnShutdownTest {
  private final LiveStreamsEndOnShutdown filter = new LiveStreamsEndOnShutdown();

  @Test
  void anOpenEventStreamEndsWhenKilnBeginsToStop() {
    filter.start();
    StepVerifier.create(filter.filter(exchange(MediaType.TEXT_EVENT_STREAM), e -> Mono.never()))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(100))
        .then(filter::stop)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertThat(filter.isRunning()).isFalse();
  }

  @Test
  void aStreamAskedForWhileKilnStopsEndsAtOnce() {
    filter.start();
    filter.stop();
    StepVerifier.create(filter.filter(exchange(MediaType.TEXT_EVENT_STREAM), e -> Mono.never()))
        .expectComplete()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void otherRequestsInFlightAreLeftToFinish() {
    filter.start();
    StepVerifier.create(filter.filter(exchange(MediaType.APPLICATION_JSON), e -> Mono.never()))
        .expectSubscription()
        .then(filter::stop)
        .expectNoEvent(Duration.ofMillis(200))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aStreamAnsweredAsEventsEndsEvenWhenTheCallerDidNotAskForIt() {
    filter.start();
    MockServerWebExchange exchange = exchange(MediaType.ALL);
    StepVerifier.create(filter.filter(exchange, e -> {
          e.getResponse().getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
          return Mono.never();
        }))
        .expectSubscription()
        .then(filter::stop)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
  }

  private static MockServerWebExchange exchange(MediaType accept) {
    return MockServerWebExchange.from(MockServerHttpRequest.get("/projects/p/sessions/live").accept(accept));
  }
}
