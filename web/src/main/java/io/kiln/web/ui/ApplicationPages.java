package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.APPLICATIONS;

import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ApplicationPage;
import io.kiln.domain.application.CreateApplicationCommand;
import io.kiln.domain.application.DeleteApplicationCommand;
import io.kiln.domain.application.ListApplicationsQuery;
import io.kiln.domain.application.RestartApplicationCommand;
import io.kiln.domain.application.StopApplicationCommand;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** A project's applications: create one (its URL follows from its subdomain), see its state, restart, stop. */
@Controller
class ApplicationPages {
  private final Cqrs cqrs;
  private final VisibleProjects projects;
  private final Catalog catalog;

  ApplicationPages(Cqrs cqrs, VisibleProjects projects, Catalog catalog) {
    this.cqrs = cqrs;
    this.projects = projects;
    this.catalog = catalog;
  }

  record AppForm(String name, String subdomain, String script, String runtimeId, String profileId) {}

  @GetMapping("/projects/{id}/applications")
  Mono<String> applications(@PathVariable String id, RequestContext context, Model model) {
    return page(id, new AppForm("", "", "", null, null), null, context, model);
  }

  @PostMapping("/projects/{id}/applications")
  Mono<String> create(@PathVariable String id, @ModelAttribute AppForm form, RequestContext context, Model model) {
    ApplicationId app = ApplicationId.newId();
    return projects.find(id, context)
        .flatMap(project -> cqrs.sendAndAwait(new CreateApplicationCommand(app, project.id(), form.name(),
            form.subdomain(), form.script(), form.runtimeId(), form.profileId(), null), context, APPLICATIONS,
            app.value()))
        .thenReturn("redirect:/projects/" + id + "/applications")
        .onErrorResume(e -> page(id, form, FormError.of(e), context, model));
  }

  @PostMapping("/projects/{id}/applications/{appId}/restart")
  Mono<String> restart(@PathVariable String id, @PathVariable String appId, RequestContext context, Model model) {
    return act(id, appId, () -> new RestartApplicationCommand(ApplicationId.parse(appId)), context, model);
  }

  @PostMapping("/projects/{id}/applications/{appId}/stop")
  Mono<String> stop(@PathVariable String id, @PathVariable String appId, RequestContext context, Model model) {
    return act(id, appId, () -> new StopApplicationCommand(ApplicationId.parse(appId)), context, model);
  }

  @PostMapping("/projects/{id}/applications/{appId}/delete")
  Mono<String> delete(@PathVariable String id, @PathVariable String appId, RequestContext context, Model model) {
    return projects.find(id, context)
        .then(Mono.defer(() -> cqrs.sendAndAwait(new DeleteApplicationCommand(ApplicationId.parse(appId)), context,
            APPLICATIONS, ApplicationId.parse(appId).value())))
        .thenReturn("redirect:/projects/" + id + "/applications")
        .onErrorResume(e -> {
          ActionRefusal.put(model, "delete-application-" + appId, e);
          return page(id, new AppForm("", "", "", null, null), null, context, model);
        });
  }

  private Mono<String> act(String id, String appId, Supplier<Object> command, RequestContext context, Model model) {
    return projects.find(id, context)
        .then(Mono.defer(() -> cqrs.sendAndAwait(command.get(), context, APPLICATIONS,
            ApplicationId.parse(appId).value())))
        .thenReturn("redirect:/projects/" + id + "/applications")
        .onErrorResume(e -> page(id, new AppForm("", "", "", null, null), FormError.of(e), context, model));
  }

  private Mono<String> page(String id, AppForm form, FormError error, RequestContext context, Model model) {
    return projects.find(id, context).flatMap(project -> Mono.zip(
        cqrs.query(new ListApplicationsQuery(project.id(), context.actor(), PageRequests.MAX_PAGE_SIZE, null),
            ResponseTypes.instanceOf(ApplicationPage.class)),
        catalog.runtimesFor(project.id()), catalog.activeProfiles())
        .map(all -> {
          model.addAttribute("project", project);
          model.addAttribute("access", ProjectAccess.of(project, context.principal()));
          model.addAttribute("applications", all.getT1().items());
          model.addAttribute("runtimes", all.getT2());
          model.addAttribute("profiles", all.getT3());
          model.addAttribute("form", form);
          model.addAttribute("error", error);
          return "applications";
        }));
  }
}
