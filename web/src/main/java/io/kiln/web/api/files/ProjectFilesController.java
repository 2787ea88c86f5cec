package io.kiln.web.api.files;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.infra.files.FileEntry;
import io.kiln.infra.files.FilesProperties;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.files.ProjectPaths;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.RequestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A project's files: viewers list and download, contributors upload (streamed), delete and make folders. Paths stay
 * inside the project ({@code INVALID_PATH} otherwise). File work runs off the network threads.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/files")
class ProjectFilesController {
  private static final String MKDIR = ":mkdir";
  private final VisibleProjects projects;
  private final ProjectFiles files;
  private final FilesProperties settings;

  ProjectFilesController(VisibleProjects projects, ProjectFiles files, FilesProperties settings) {
    this.projects = projects;
    this.files = files;
    this.settings = settings;
  }

  @GetMapping("/{*path}")
  Mono<ResponseEntity<?>> read(@PathVariable String projectId, @PathVariable String path, RequestContext context) {
    return access(projectId, context, ProjectRole.VIEWER).flatMap(project -> blocking(() -> {
      Path target = files.existing(project.id(), path);
      if (Files.isDirectory(target)) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
            .body(new FileListing(clean(path), "folder", files.list(project.id(), path)));
      }
      Resource resource = new FileSystemResource(target);
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(resource);
    }));
  }

  @PutMapping("/{*path}")
  Mono<ResponseEntity<FileEntry>> upload(@PathVariable String projectId, @PathVariable String path,
                                         @RequestBody(required = false) Flux<DataBuffer> body,
                                         RequestContext context) {
    long max = settings.maxUpload().toBytes();
    return access(projectId, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> blocking(() -> files.staging(project.id(), path))
            .flatMap(staged -> {
              AtomicLong size = new AtomicLong();
              Flux<DataBuffer> limited = (body == null ? Flux.<DataBuffer>empty() : body).doOnNext(buffer -> {
                if (size.addAndGet(buffer.readableByteCount()) > max) {
                  DataBufferUtils.release(buffer);
                  throw new KilnException(ErrorCode.PAYLOAD_TOO_LARGE, "The file is larger than " + max + " bytes");
                }
              });
              return DataBufferUtils.write(limited, staged, StandardOpenOption.TRUNCATE_EXISTING)
                  .then(blocking(() -> files.commit(project.id(), path, staged)))
                  .doOnError(e -> files.discard(staged))
                  .doOnCancel(() -> files.discard(staged));
            })
            .flatMap(created -> blocking(() -> entry(project.id(), path))
                .map(entry -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(entry))));
  }

  @PostMapping("/{*path}")
  Mono<ResponseEntity<FileEntry>> mkdir(@PathVariable String projectId, @PathVariable String path,
                                        RequestContext context) {
    if (!path.endsWith(MKDIR)) {
      throw KilnException.invalid("path", "POST on files makes a folder: end the path with " + MKDIR);
    }
    String folder = path.substring(0, path.length() - MKDIR.length());
    return access(projectId, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> blocking(() -> {
          boolean created = files.mkdir(project.id(), folder);
          return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(entry(project.id(), folder));
        }));
  }

  @DeleteMapping("/{*path}")
  Mono<ResponseEntity<Void>> delete(@PathVariable String projectId, @PathVariable String path,
                                    @RequestParam(defaultValue = "false") boolean recursive, RequestContext context) {
    return access(projectId, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> blocking(() -> {
          files.delete(project.id(), path, recursive);
          return ResponseEntity.noContent().build();
        }));
  }

  private Mono<ProjectView> access(String projectId, RequestContext context, ProjectRole needed) {
    return projects.find(projectId, context).map(project -> {
      if (ProjectRoles.of(project, context.actor()).compareTo(needed) < 0) {
        throw KilnException.forbidden("Only a project's " + needed.name().toLowerCase() + "s and above may "
            + (needed == ProjectRole.VIEWER ? "read" : "change") + " its files");
      }
      if (needed != ProjectRole.VIEWER && project.archived()) {
        throw new KilnException(ErrorCode.PROJECT_ARCHIVED, "The project is archived");
      }
      return project;
    });
  }

  private FileEntry entry(String projectId, String path) {
    Path target = files.existing(projectId, path);
    try {
      boolean folder = Files.isDirectory(target);
      return new FileEntry(target.getFileName().toString(), clean(path), folder ? "folder" : "file",
          folder ? null : Files.size(target), Files.getLastModifiedTime(target).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String path) {
    return String.join("/", ProjectPaths.segments(path));
  }

  private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
