package io.kiln.web.ui;

import io.kiln.domain.KilnException;
import io.kiln.web.api.logs.LogEntry;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Flux;

/**
 * A followed log as server-sent HTML for the log page: {@code log-state} says in words whether it is live or
 * finished, {@code log-line} is one line (escaped: a log is the workload's output, never markup), and
 * {@code log-closed} tells the page to stop listening rather than reconnect and replay it.
 */
final class LogEvents {
  private LogEvents() {}

  static Flux<ServerSentEvent<String>> of(Flux<LogEntry> log) {
    return log.concatMap(LogEvents::events)
        .onErrorResume(KilnException.class, e -> Flux.just(
            state("none", "No log", e.getMessage()), closed()));
  }

  private static Flux<ServerSentEvent<String>> events(LogEntry entry) {
    return switch (entry.kind()) {
      case LIVE -> Flux.just(state("live", "Live", "following the log as the workload writes it"));
      case KEPT -> Flux.just(state("finished", "Finished", "the log kept when the workload ended"));
      case LINE -> Flux.just(ServerSentEvent.builder("<div class=\"log-line\">"
          + HtmlUtils.htmlEscape(asShown(entry.text())) + "</div>").event("log-line").build());
      case END -> Flux.just(state("finished", "Finished", "the whole log is shown"), closed());
    };
  }

  /** What a terminal would leave of a line that redraws itself with carriage returns (progress bars). */
  static String asShown(String line) {
    String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return text.substring(text.lastIndexOf('\r') + 1);
  }

  private static ServerSentEvent<String> state(String state, String word, String detail) {
    return ServerSentEvent.builder("<span class=\"state state-" + state + "\">" + word + "</span> — "
        + HtmlUtils.htmlEscape(detail)).event("log-state").build();
  }

  private static ServerSentEvent<String> closed() {
    return ServerSentEvent.builder("closed").event("log-closed").build();
  }
}
