package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.PROJECTS;

import io.kiln.domain.WireNames;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.domain.history.HistoryPage;
import io.kiln.domain.history.ResourceHistoryQuery;
import io.kiln.domain.project.ArchiveProjectCommand;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.GitSource;
import io.kiln.domain.project.ListProjectsQuery;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ProjectPage;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.project.RemoveCollaboratorCommand;
import io.kiln.domain.project.SetCollaboratorRoleCommand;
import io.kiln.domain.project.Visibility;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.ListUsersQuery;
import io.kiln.domain.user.UserPage;
import io.kiln.domain.user.UserView;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Projects: the list with search and the create form, a project's overview, its collaborators, archiving. */
@Controller
class ProjectPages {
  private static final int RECENT_ACTIVITY = 15;
  private final Cqrs cqrs;
  private final VisibleProjects projects;

  ProjectPages(Cqrs cqrs, VisibleProjects projects) {
    this.cqrs = cqrs;
    this.projects = projects;
  }

  record ProjectForm(String name, String description, String visibility, String gitUrl, String gitRef) {

    GitSource git() {
      return blankToNull(gitUrl) == null ? null : new GitSource(gitUrl.strip(), blankToNull(gitRef));
    }
  }

  record CollaboratorForm(String userId, String role) {}

  @GetMapping("/projects")
  Mono<String> list(@RequestParam(required = false) String search, RequestContext context, Model model) {
    return listPage(search, new ProjectForm("", "", "private", "", ""), null, context, model);
  }

  @PostMapping("/projects")
  Mono<String> create(@ModelAttribute ProjectForm form, RequestContext context, Model model) {
    ProjectId id = ProjectId.newId();
    GitSource git = form.git();
    return Mono.defer(() -> cqrs.sendAndAwait(new CreateProjectCommand(id, form.name(), blankToNull(form.description()),
            WireNames.require(Visibility.class, "visibility", form.visibility()), git), context, PROJECTS, id.value(),
            git == null ? 0 : 1))
        .thenReturn("redirect:/projects/" + id.value())
        .onErrorResume(e -> listPage(null, form, FormError.of(e), context, model));
  }

  @GetMapping("/projects/{id}")
  Mono<String> overview(@PathVariable String id, RequestContext context, Model model) {
    return overviewPage(id, null, context, model);
  }

  @PostMapping("/projects/{id}/collaborators")
  Mono<String> setCollaborator(@PathVariable String id, @ModelAttribute CollaboratorForm form,
                               RequestContext context, Model model) {
    return change(id, () -> new SetCollaboratorRoleCommand(ProjectId.parse(id), form.userId(),
        WireNames.require(ProjectRole.class, "role", form.role(), ProjectRole.grantable())), context, model);
  }

  @PostMapping("/projects/{id}/collaborators/{userId}/remove")
  Mono<String> removeCollaborator(@PathVariable String id, @PathVariable String userId, RequestContext context,
                                  Model model) {
    return Mono.defer(() -> cqrs.sendAndAwait(new RemoveCollaboratorCommand(ProjectId.parse(id), userId), context,
            PROJECTS, ProjectId.parse(id).value()))
        .thenReturn("redirect:/projects/" + id)
        .onErrorResume(e -> {
          ActionRefusal.put(model, "remove-" + userId, e);
          return overviewPage(id, null, context, model);
        });
  }

  @PostMapping("/projects/{id}/archive")
  Mono<String> archive(@PathVariable String id, RequestContext context, Model model) {
    return change(id, () -> new ArchiveProjectCommand(ProjectId.parse(id)), context, model);
  }

  private Mono<String> change(String id, java.util.function.Supplier<Object> command, RequestContext context,
                              Model model) {
    return Mono.defer(() -> cqrs.sendAndAwait(command.get(), context, PROJECTS, ProjectId.parse(id).value()))
        .thenReturn("redirect:/projects/" + id)
        .onErrorResume(e -> overviewPage(id, FormError.of(e), context, model));
  }

  private Mono<String> listPage(String search, ProjectForm form, FormError error, RequestContext context,
                                Model model) {
    var query = new ListProjectsQuery(context.actor(), PageRequests.search(search), PageRequests.MAX_PAGE_SIZE, null);
    return cqrs.query(query, ResponseTypes.instanceOf(ProjectPage.class)).map(page -> {
      model.addAttribute("projects", page.items());
      model.addAttribute("search", search == null ? "" : search);
      model.addAttribute("form", form);
      model.addAttribute("error", error);
      return "projects";
    });
  }

  private Mono<String> overviewPage(String id, FormError error, RequestContext context, Model model) {
    Mono<ProjectView> project = projects.find(id, context);
    Mono<List<EventEnvelope>> activity = cqrs.query(new ResourceHistoryQuery(context.actor(), "project",
            ProjectId.parse(id).value(), PageRequests.MAX_PAGE_SIZE, null), ResponseTypes.instanceOf(HistoryPage.class))
        .map(page -> recent(page.items()))
        .onErrorResume(e -> Mono.just(List.of()));
    Mono<List<UserView>> users = cqrs.query(new ListUsersQuery(null, PageRequests.MAX_PAGE_SIZE, null),
        ResponseTypes.instanceOf(UserPage.class)).map(UserPage::items);
    return Mono.zip(project, activity, users).map(all -> {
      model.addAttribute("project", all.getT1());
      model.addAttribute("access", ProjectAccess.of(all.getT1(), context.principal()));
      model.addAttribute("activity", all.getT2());
      model.addAttribute("users", all.getT3());
      model.addAttribute("names", all.getT3().stream()
          .collect(java.util.stream.Collectors.toMap(UserView::id, UserView::username, (a, b) -> a)));
      model.addAttribute("roles", List.of(ProjectRole.grantable()));
      model.addAttribute("error", error);
      return "project";
    });
  }

  private static List<EventEnvelope> recent(List<EventEnvelope> events) {
    List<EventEnvelope> newestFirst = new ArrayList<>(events);
    Collections.reverse(newestFirst);
    return newestFirst.subList(0, Math.min(RECENT_ACTIVITY, newestFirst.size()));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
