package io.kiln.web.api.files;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.infra.files.FilesProperties;
import io.kiln.infra.files.ProjectFiles;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Streams an upload into a project's file: staged beside it, at most {@code KILN_FILES_MAX_UPLOAD}, then moved in place. */
@Component
public class ProjectFileWriter {
  private final ProjectFiles files;
  private final FilesProperties settings;

  ProjectFileWriter(ProjectFiles files, FilesProperties settings) {
    this.files = files;
    this.settings = settings;
  }

  /** Answers true when the file is new. */
  public Mono<Boolean> write(String projectId, String path, Flux<DataBuffer> body) {
    long max = settings.maxUpload().toBytes();
    return Mono.fromCallable(() -> files.staging(projectId, path)).subscribeOn(Schedulers.boundedElastic())
        .flatMap(staged -> {
          AtomicLong size = new AtomicLong();
          Flux<DataBuffer> limited = (body == null ? Flux.<DataBuffer>empty() : body).doOnNext(buffer -> {
            if (size.addAndGet(buffer.readableByteCount()) > max) {
              DataBufferUtils.release(buffer);
              throw new KilnException(ErrorCode.PAYLOAD_TOO_LARGE, "The file is larger than " + max + " bytes");
            }
          });
          return DataBufferUtils.write(limited, staged, StandardOpenOption.TRUNCATE_EXISTING)
              .then(Mono.fromCallable(() -> files.commit(projectId, path, staged))
                  .subscribeOn(Schedulers.boundedElastic()))
              .doOnError(e -> files.discard(staged))
              .doOnCancel(() -> files.discard(staged));
        });
  }
}
