package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.web.api.logs.LogEntry;
import io.kiln.web.api.logs.LogEntry.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

class LogEventsTest {

  @Test
  void aLiveLogSaysSoThenSendsEscapedLinesThenSaysFinishedAndCloses() {
    List<ServerSentEvent<String>> events = LogEvents.of(Flux.just(new LogEntry(Kind.LIVE, ""),
            new LogEntry(Kind.LINE, "<script>alert('x')</script> & more"), new LogEntry(Kind.END, "")))
        .collectList().block(Duration.ofSeconds(5));
    assertThat(events).extracting(ServerSentEvent::event)
        .containsExactly("log-state", "log-line", "log-state", "log-closed");
    assertThat(events.get(0).data()).contains(">Live<");
    assertThat(events.get(1).data()).isEqualTo(
        "<div class=\"log-line\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</div>");
    assertThat(events.get(2).data()).contains(">Finished<");
  }

  @Test
  void noLogIsSaidInWordsAndClosesTheStream() {
    List<ServerSentEvent<String>> events = LogEvents.of(Flux.error(new KilnException(ErrorCode.LOG_NOT_FOUND,
        "No log of this session: it runs nowhere now and no log was kept")))
        .collectList().block(Duration.ofSeconds(5));
    assertThat(events).extracting(ServerSentEvent::event).containsExactly("log-state", "log-closed");
    assertThat(events.get(0).data()).contains(">No log<", "runs nowhere now");
  }

  @Test
  void aLineThatRedrawsItselfShowsWhatATerminalWouldLeave() {
    assertThat(LogEvents.asShown("10%\r50%\r100%\r")).isEqualTo("100%");
    assertThat(LogEvents.asShown("plain")).isEqualTo("plain");
  }
}
