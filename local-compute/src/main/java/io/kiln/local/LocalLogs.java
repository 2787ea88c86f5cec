package io.kiln.local;

import io.kiln.infra.workload.LiveLogs;
import io.kiln.infra.workload.LogSink;
import io.kiln.infra.workload.LogTarget;
import io.kiln.local.process.WorkloadFiles;
import io.kiln.local.workload.Kind;
import io.kiln.local.workload.Workload;
import io.kiln.local.workload.Workloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Live logs of local processes: their log files followed from the start, ending when the process has ended. */
public class LocalLogs implements LiveLogs {
  private static final Logger log = LoggerFactory.getLogger(LocalLogs.class);
  private static final long POLL_MILLIS = 200;
  private final Workloads workloads;
  private final WorkloadFiles files;

  public LocalLogs(Workloads workloads, WorkloadFiles files) {
    this.workloads = workloads;
    this.files = files;
  }

  public static LogTarget target(Workload w) {
    return switch (w.kind()) {
      case JOB_RUN -> LogTarget.jobRun(w.ownerId(), w.spec().attempt());
      case SESSION -> LogTarget.of(LogTarget.Kind.SESSION, w.ownerId());
      case APPLICATION -> LogTarget.of(LogTarget.Kind.APPLICATION, w.ownerId());
      case MODEL_REPLICA -> new LogTarget(LogTarget.Kind.MODEL_DEPLOYMENT, w.ownerId(), null, w.spec().replica());
      case BUILD -> LogTarget.of(LogTarget.Kind.BUILD, w.ownerId());
    };
  }

  @Override
  public Optional<AutoCloseable> follow(LogTarget target, LogSink sink) {
    Optional<Workload> workload = workloads.ofOwner(target.id()).stream()
        .filter(w -> target(w).kind() == target.kind())
        .filter(w -> target.attempt() == null || Objects.equals(w.spec().attempt(), target.attempt()))
        .filter(w -> target.replica() == null || Objects.equals(w.spec().replica(), target.replica()))
        .max(Comparator.comparingInt(Workload::generation));
    if (workload.isEmpty()) {
      return Optional.empty();
    }
    AtomicBoolean closed = new AtomicBoolean();
    String key = workload.get().key();
    Thread follower = new Thread(() -> tail(key, sink, closed), "kiln-local-log-" + key);
    follower.setDaemon(true);
    follower.start();
    return Optional.of(() -> closed.set(true));
  }

  private void tail(String key, LogSink sink, AtomicBoolean closed) {
    Path file = files.log(key);
    long position = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (!closed.get()) {
        boolean ended = workloads.find(key).map(w -> Workload.ENDED.equals(w.status())).orElse(true);
        if (Files.exists(file)) {
          try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(position);
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0 && !closed.get()) {
              position += read;
              for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                  sink.line(line.toString(StandardCharsets.UTF_8));
                  line.reset();
                } else {
                  line.write(buffer[i]);
                }
              }
            }
          }
        }
        if (ended) {
          if (line.size() > 0) {
            sink.line(line.toString(StandardCharsets.UTF_8));
          }
          sink.end();
          return;
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      log.debug("Following the log of {} stopped: {}", key, e.getMessage());
      sink.end();
    }
  }

}
