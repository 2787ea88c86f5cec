package io.kiln.web.api.files;

import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.infra.files.FileEntry;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.files.ProjectPaths;
import io.kiln.web.cqrs.RequestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
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
  private final ProjectFileAccess access;
  private final ProjectFiles files;
  private final ProjectFileWriter writer;

  ProjectFilesController(ProjectFileAccess access, ProjectFiles files, ProjectFileWriter writer) {
    this.access = access;
    this.files = files;
    this.writer = writer;
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
    return access(projectId, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> writer.write(project.id(), path, body)
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
    return access.check(projectId, context, needed);
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
