package io.kiln.web.api.logs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LiveLogs;
import io.kiln.infra.workload.LogSink;
import io.kiln.infra.workload.LogTarget;
import io.kiln.web.cqrs.Cqrs;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * A workload's log: followed live from whichever compute engine runs it now (every {@link LiveLogs} is asked in
 * turn), else the log kept when it ended, else {@code 404 LOG_NOT_FOUND}. As a stream, one {@code line} event per
 * line and an {@code end} event; as plain text, the kept log.
 */
@Component
public class WorkloadLogs {
  private final List<LiveLogs> engines;
  private final KeptLogs kept;
  private final Cqrs cqrs;

  WorkloadLogs(List<LiveLogs> engines, KeptLogs kept, Cqrs cqrs) {
    this.engines = engines;
    this.kept = kept;
    this.cqrs = cqrs;
  }

  Mono<ResponseEntity<?>> answer(Mono<LogTarget> target, boolean stream) {
    return target.flatMap(t -> stream
        ? Mono.just(ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(events(t)))
        : cqrs.blocking(() -> keptLog(t)).map(text -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
            .body(text)));
  }

  static boolean wantsStream(List<MediaType> accept) {
    return accept.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
  }

  private Flux<ServerSentEvent<String>> events(LogTarget target) {
    return follow(target).filter(entry -> entry.kind() == LogEntry.Kind.LINE || entry.kind() == LogEntry.Kind.END)
        .map(entry -> ServerSentEvent.builder(entry.text()).event(entry.kind().name().toLowerCase()).build());
  }

  /** The target's log: {@code LIVE} or {@code KEPT} first, then its lines and its end; an error when there is none. */
  public Flux<LogEntry> follow(LogTarget target) {
    return Flux.<LogEntry>create(emitter -> follow(target, emitter)).subscribeOn(cqrs.workers());
  }

  private void follow(LogTarget target, FluxSink<LogEntry> emitter) {
    LiveSink live = new LiveSink(emitter);
    for (LiveLogs engine : engines) {
      Optional<AutoCloseable> subscription = engine.follow(target, live);
      if (subscription.isPresent()) {
        live.announce();
        emitter.onDispose(() -> close(subscription.get()));
        return;
      }
    }
    try {
      String log = keptLog(target);
      emitter.next(LogEntry.of(LogEntry.Kind.KEPT));
      Arrays.stream(log.split("\n", -1)).filter(l -> !l.isEmpty())
          .forEach(line -> emitter.next(new LogEntry(LogEntry.Kind.LINE, line)));
      emitter.next(LogEntry.of(LogEntry.Kind.END));
      emitter.complete();
    } catch (KilnException e) {
      emitter.error(e);
    }
  }

  /** Says {@code LIVE} once, before the first line an engine sends (which may come before it answered). */
  private static final class LiveSink implements LogSink {
    private final FluxSink<LogEntry> emitter;
    private boolean announced;

    LiveSink(FluxSink<LogEntry> emitter) {
      this.emitter = emitter;
    }

    synchronized void announce() {
      if (!announced) {
        announced = true;
        emitter.next(LogEntry.of(LogEntry.Kind.LIVE));
      }
    }

    @Override
    public synchronized void line(String line) {
      announce();
      emitter.next(new LogEntry(LogEntry.Kind.LINE, line));
    }

    @Override
    public synchronized void end() {
      announce();
      emitter.next(LogEntry.of(LogEntry.Kind.END));
      emitter.complete();
    }
  }

  private String keptLog(LogTarget target) {
    return kept.read(target).orElseThrow(() -> new KilnException(ErrorCode.LOG_NOT_FOUND,
        "No log of this " + target.kind().name().toLowerCase().replace('_', ' ')
            + (target.attempt() == null ? "" : " attempt " + target.attempt())
            + (target.replica() == null ? "" : " replica " + target.replica())
            + ": it runs nowhere now and no log was kept"));
  }

  private static void close(AutoCloseable subscription) {
    try {
      subscription.close();
    } catch (Exception ignored) {
      // the stream is over either way
    }
  }
}
