package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.SESSIONS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.ListSessionsQuery;
import io.kiln.domain.session.SessionId;
import io.kiln.domain.session.SessionPage;
import io.kiln.domain.session.SessionView;
import io.kiln.domain.session.StartSessionCommand;
import io.kiln.domain.session.StopSessionCommand;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's sessions: start (with the quota left in view), watch their state live, stop. */
@Controller
class SessionPages {
  private static final String ROW = "fragments/session-row";
  private final Cqrs cqrs;
  private final VisibleProjects projects;
  private final Catalog catalog;
  private final LiveCollections live;
  private final Fragments fragments;

  SessionPages(Cqrs cqrs, VisibleProjects projects, Catalog catalog, LiveCollections live, Fragments fragments) {
    this.cqrs = cqrs;
    this.projects = projects;
    this.catalog = catalog;
    this.live = live;
    this.fragments = fragments;
  }

  record StartForm(String runtimeId, String profileId, String name) {}

  @GetMapping("/projects/{id}/sessions")
  Mono<String> sessions(@PathVariable String id, RequestContext context, Model model) {
    return page(id, new StartForm(null, null, ""), null, context, model);
  }

  @PostMapping("/projects/{id}/sessions")
  Mono<String> start(@PathVariable String id, @ModelAttribute StartForm form, RequestContext context, Model model) {
    SessionId session = SessionId.newId();
    return projects.find(id, context)
        .flatMap(project -> cqrs.sendAndAwait(new StartSessionCommand(session, project.id(), form.runtimeId(),
            form.profileId(), ProjectPages.blankToNull(form.name()), null), context, SESSIONS, session.value()))
        .thenReturn("redirect:/projects/" + id + "/sessions")
        .onErrorResume(e -> page(id, form, FormError.of(e), context, model));
  }

  @PostMapping("/projects/{id}/sessions/{sessionId}/stop")
  Mono<String> stop(@PathVariable String id, @PathVariable String sessionId, RequestContext context, Model model) {
    SessionId session = SessionId.parse(sessionId);
    return projects.find(id, context).flatMap(project -> find(project, session, context)
        .flatMap(s -> cqrs.sendAndAwait(new StopSessionCommand(session), context, SESSIONS, session.value()))
        .then(Mono.<FormError>empty())
        .onErrorResume(e -> Mono.just(FormError.of(e)))
        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(error -> find(project, session, context).map(s -> {
          model.addAllAttributes(rowModel(s, project, context));
          model.addAttribute("rowError", error.orElse(null));
          return ROW + " :: row";
        })));
  }

  /** The project's sessions as server-sent events: each change of a session is its row, ready to swap in or add. */
  @GetMapping(path = "/projects/{id}/sessions/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> liveRows(@PathVariable String id, RequestContext context) {
    return projects.find(id, context).flatMapMany(project -> live.stream(query(project.id(), context),
            SessionPage.class, SessionPage::items, SessionView.class, s -> s.id() + ":" + s.version())
        .filter(event -> event.data() instanceof SessionView)
        .map(event -> LiveRows.event(fragments.render(ROW, "row", rowModel((SessionView) event.data(), project,
            context)), event.id())));
  }

  private Mono<String> page(String id, StartForm form, FormError error, RequestContext context, Model model) {
    return projects.find(id, context).flatMap(project -> Mono.zip(
        cqrs.query(query(project.id(), context), ResponseTypes.instanceOf(SessionPage.class)),
        catalog.runtimesFor(project.id()), catalog.activeProfiles(), catalog.usage(context.principal().userId()))
        .map(all -> {
          model.addAttribute("project", project);
          model.addAttribute("access", ProjectAccess.of(project, context.principal()));
          model.addAttribute("sessions", all.getT1().items());
          model.addAttribute("runtimes", all.getT2());
          model.addAttribute("profiles", all.getT3());
          model.addAttribute("usage", all.getT4());
          model.addAttribute("form", form);
          model.addAttribute("error", error);
          model.addAttribute("me", context.principal());
          return "sessions";
        }));
  }

  private static Map<String, Object> rowModel(SessionView s, ProjectView project, RequestContext context) {
    ProjectAccess access = ProjectAccess.of(project, context.principal());
    Map<String, Object> model = new HashMap<>();
    model.put("s", s);
    model.put("canStop", !s.state().isFinal() && s.state() != io.kiln.domain.session.SessionState.STOPPING
        && (access.contribute() && (s.ownerId().equals(context.principal().userId()) || access.administer())));
    return model;
  }

  private Mono<SessionView> find(ProjectView project, SessionId id, RequestContext context) {
    return cqrs.query(new FindSessionQuery(id.value(), context.actor()),
            ResponseTypes.optionalInstanceOf(SessionView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(s -> s.projectId().equals(project.id()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.SESSION_NOT_FOUND, "Session not found")));
  }

  private static ListSessionsQuery query(String projectId, RequestContext context) {
    return new ListSessionsQuery(projectId, context.actor(), PageRequests.MAX_PAGE_SIZE, null);
  }
}
