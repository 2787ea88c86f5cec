package io.kiln.web.ui;

import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.infra.files.FileEntry;
import io.kiln.infra.files.ProjectFiles;
import io.kiln.infra.files.ProjectPaths;
import io.kiln.web.api.files.ProjectFileAccess;
import io.kiln.web.api.files.ProjectFileWriter;
import io.kiln.web.cqrs.RequestContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A project's files in the browser: browse folders, download, upload (a multipart form), make a folder, delete — the
 * same access rules, path confinement and streamed writes as {@code /api/v1/projects/{id}/files}.
 */
@Controller
class ProjectFilePages {
  private final ProjectFileAccess access;
  private final ProjectFiles files;
  private final ProjectFileWriter writer;

  ProjectFilePages(ProjectFileAccess access, ProjectFiles files, ProjectFileWriter writer) {
    this.access = access;
    this.files = files;
    this.writer = writer;
  }

  record FolderForm(String path, String name) {}

  record PathForm(String path) {}

  record Crumb(String name, String path) {}

  /** An entry and the id of its controls ({@code delete-<id>}). */
  record Row(FileEntry entry, String id) {
    static Row of(FileEntry entry) {
      return new Row(entry, target(entry.path()));
    }
  }

  @GetMapping("/projects/{id}/files")
  Mono<String> browse(@PathVariable String id, @RequestParam(defaultValue = "") String path, RequestContext context,
                      Model model) {
    return page(id, path, null, null, context, model);
  }

  @GetMapping("/projects/{id}/files/download")
  @ResponseBody
  Mono<ResponseEntity<Resource>> download(@PathVariable String id, @RequestParam String path,
                                          RequestContext context) {
    return access.check(id, context, ProjectRole.VIEWER).flatMap(project -> blocking(() -> {
      Path target = files.existing(project.id(), path);
      if (Files.isDirectory(target)) {
        throw KilnException.invalid("path", path + " is a folder: open it to see its files");
      }
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename(target.getFileName().toString(), StandardCharsets.UTF_8).build().toString())
          .body((Resource) new FileSystemResource(target));
    }));
  }

  @PostMapping("/projects/{id}/files/upload")
  Mono<String> upload(@PathVariable String id, ServerWebExchange exchange, RequestContext context, Model model) {
    return exchange.getMultipartData().flatMap(parts -> {
      String folder = field(parts, "path");
      Part part = parts.getFirst("file");
      if (!(part instanceof FilePart file) || file.filename().isBlank()) {
        return page(id, folder, "upload", FormError.of(KilnException.invalid("file", "Choose a file to upload")),
            context, model);
      }
      String target = join(folder, file.filename());
      return access.check(id, context, ProjectRole.CONTRIBUTOR)
          .flatMap(project -> writer.write(project.id(), target, file.content()))
          .thenReturn(redirect(id, folder))
          .onErrorResume(e -> page(id, folder, "upload", FormError.of(e), context, model));
    });
  }

  @PostMapping("/projects/{id}/files/mkdir")
  Mono<String> mkdir(@PathVariable String id, @ModelAttribute FolderForm form, RequestContext context, Model model) {
    String folder = form.path() == null ? "" : form.path();
    return access.check(id, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> blocking(() -> {
          if (form.name() == null || form.name().isBlank()) {
            throw KilnException.invalid("name", "Give the new folder a name");
          }
          return files.mkdir(project.id(), join(folder, form.name()));
        }))
        .thenReturn(redirect(id, folder))
        .onErrorResume(e -> page(id, folder, "mkdir", FormError.of(e), context, model));
  }

  @PostMapping("/projects/{id}/files/delete")
  Mono<String> delete(@PathVariable String id, @ModelAttribute PathForm form, RequestContext context, Model model) {
    String path = form.path() == null ? "" : form.path();
    String parent = parent(path);
    return access.check(id, context, ProjectRole.CONTRIBUTOR)
        .flatMap(project -> blocking(() -> {
          files.delete(project.id(), path, true);
          return true;
        }))
        .thenReturn(redirect(id, parent))
        .onErrorResume(e -> {
          ActionRefusal.put(model, "delete-" + target(path), e);
          return page(id, parent, null, null, context, model);
        });
  }

  private Mono<String> page(String id, String path, String section, FormError error, RequestContext context,
                            Model model) {
    return access.check(id, context, ProjectRole.VIEWER).flatMap(project -> blocking(() -> {
      model.addAttribute("project", project);
      model.addAttribute("access", ProjectAccess.of(project, context.principal()));
      model.addAttribute("error", error);
      model.addAttribute("errorSection", section);
      model.addAttribute("available", files.available());
      String shown = path;
      if (files.available()) {
        try {
          shown = shownFolder(project, path);
          model.addAttribute("entries", files.list(project.id(), shown).stream().map(Row::of).toList());
        } catch (KilnException e) {
          shown = "";
          model.addAttribute("error", error != null ? error : FormError.of(e));
          model.addAttribute("entries", files.list(project.id(), "").stream().map(Row::of).toList());
        }
      }
      model.addAttribute("path", shown);
      model.addAttribute("crumbs", crumbs(shown));
      return "files";
    }));
  }

  private String shownFolder(ProjectView project, String path) {
    String clean = String.join("/", ProjectPaths.segments(path));
    if (!files.existing(project.id(), clean).toFile().isDirectory()) {
      throw KilnException.invalid("path", clean + " is a file, not a folder");
    }
    return clean;
  }

  private static String target(String path) {
    return path.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static List<Crumb> crumbs(String path) {
    List<Crumb> crumbs = new ArrayList<>();
    StringBuilder at = new StringBuilder();
    for (String segment : ProjectPaths.segments(path)) {
      at.append(at.isEmpty() ? "" : "/").append(segment);
      crumbs.add(new Crumb(segment, at.toString()));
    }
    return crumbs;
  }

  private static String field(MultiValueMap<String, Part> parts, String name) {
    return parts.getFirst(name) instanceof FormFieldPart f ? f.value() : "";
  }

  private static String join(String folder, String name) {
    return folder == null || folder.isBlank() ? name : folder + "/" + name;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String redirect(String id, String folder) {
    return "redirect:/projects/" + id + "/files" + (folder == null || folder.isBlank() ? ""
        : "?path=" + java.net.URLEncoder.encode(folder, StandardCharsets.UTF_8));
  }

  private static <T> Mono<T> blocking(Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
