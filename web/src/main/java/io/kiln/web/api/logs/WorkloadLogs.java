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
class WorkloadLogs {
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
    return Flux.<ServerSentEvent<String>>create(emitter -> follow(target, emitter)).subscribeOn(cqrs.workers());
  }

  private void follow(LogTarget target, FluxSink<ServerSentEvent<String>> emitter) {
    LogSink sink = new LogSink() {
      @Override
      public void line(String line) {
        emitter.next(ServerSentEvent.builder(line).event("line").build());
      }

      @Override
      public void end() {
        emitter.next(ServerSentEvent.builder("").event("end").build());
        emitter.complete();
      }
    };
    for (LiveLogs engine : engines) {
      Optional<AutoCloseable> subscription = engine.follow(target, sink);
      if (subscription.isPresent()) {
        emitter.onDispose(() -> close(subscription.get()));
        return;
      }
    }
    try {
      Arrays.stream(keptLog(target).split("\n", -1)).filter(l -> !l.isEmpty()).forEach(sink::line);
      sink.end();
    } catch (KilnException e) {
      emitter.error(e);
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
