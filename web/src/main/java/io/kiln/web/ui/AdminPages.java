package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.QUOTAS;
import static io.kiln.domain.readmodel.ReadModels.RESOURCE_PROFILES;
import static io.kiln.domain.readmodel.ReadModels.RUNTIMES;
import static io.kiln.domain.readmodel.ReadModels.USERS;

import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.ChangeRuntimeStatusCommand;
import io.kiln.domain.catalog.DefineResourceProfileCommand;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RegisterRuntimeCommand;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.nodepool.ListNodePoolDecisionsQuery;
import io.kiln.domain.nodepool.ListNodePoolsQuery;
import io.kiln.domain.nodepool.NodePoolDecisions;
import io.kiln.domain.nodepool.NodePoolPage;
import io.kiln.domain.quota.SetUserQuotaCommand;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.CreatePasswordLinkCommand;
import io.kiln.domain.user.CreateUserCommand;
import io.kiln.domain.user.ListUsersQuery;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserPage;
import io.kiln.domain.user.UserRole;
import io.kiln.projectors.ProcessorMonitor;
import io.kiln.projectors.Replays;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The workspace for administrators (auditors see it without its controls): users, quotas, catalogue, processors. */
@Controller
class AdminPages {
  private static final Duration LINK_LIFETIME = Duration.ofHours(24);
  private static final int RECENT_DECISIONS = 25;
  private final Cqrs cqrs;
  private final Catalog catalog;
  private final ProcessorMonitor processors;
  private final Replays replays;

  AdminPages(Cqrs cqrs, Catalog catalog, ProcessorMonitor processors, Replays replays) {
    this.cqrs = cqrs;
    this.catalog = catalog;
    this.processors = processors;
    this.replays = replays;
  }

  record UserForm(String username, String email, String role) {}

  record QuotaForm(Long cpuMillis, Long memoryMiB, Integer gpus) {}

  record RuntimeForm(String name, String image, String editor, String kernel, String localCommand,
                     String editorCommand) {}

  record StatusForm(String status) {}

  record ProfileForm(String name, Long cpuMillis, Long memoryMiB, Integer gpus, String gpuType) {}

  @GetMapping("/admin")
  Mono<String> admin(RequestContext context, Model model) {
    return page(null, null, context, model);
  }

  @PostMapping("/admin/users")
  Mono<String> createUser(@ModelAttribute UserForm form, RequestContext context, Model model) {
    UserId id = UserId.newId();
    return act(() -> cqrs.sendAndAwait(new CreateUserCommand(id, form.username(), form.email(),
        WireNames.require(UserRole.class, "role", form.role())), context, USERS, id.value()), "user", context, model);
  }

  @PostMapping("/admin/users/{userId}/password-link")
  Mono<String> passwordLink(@PathVariable String userId, RequestContext context, Model model,
                            ServerWebExchange exchange) {
    String token = ApiKeys.newSecret().substring(ApiKeys.PREFIX.length());
    var command = new CreatePasswordLinkCommand(UserId.parse(userId), UUID.randomUUID().toString(),
        ApiKeys.hash(token), Instant.now().plus(LINK_LIFETIME));
    return cqrs.send(command, context)
        .then(Mono.defer(() -> {
          String base = exchange.getRequest().getURI().resolve("/password/" + token).toString();
          model.addAttribute("link", base);
          model.addAttribute("linkUser", userId);
          return page(null, null, context, model);
        }))
        .onErrorResume(e -> page(FormError.of(e), "user", context, model));
  }

  @PostMapping("/admin/users/{userId}/quota")
  Mono<String> quota(@PathVariable String userId, @ModelAttribute QuotaForm form, RequestContext context,
                     Model model) {
    UserId id = UserId.parse(userId);
    return act(() -> cqrs.sendAndAwait(new SetUserQuotaCommand(id, required("cpuMillis", form.cpuMillis()),
        required("memoryMiB", form.memoryMiB()), form.gpus() == null ? 0 : form.gpus()), context, QUOTAS,
        id.value()), "quota", context, model);
  }

  @PostMapping("/admin/runtimes")
  Mono<String> registerRuntime(@ModelAttribute RuntimeForm form, RequestContext context, Model model) {
    String id = UUID.randomUUID().toString();
    return act(() -> cqrs.sendAndAwait(new RegisterRuntimeCommand(id, form.name(), form.image(),
        WireNames.require(Editor.class, "editor", form.editor()), form.kernel(),
        ProjectPages.blankToNull(form.localCommand()), ProjectPages.blankToNull(form.editorCommand())), context,
        RUNTIMES, id),
        "runtime", context, model);
  }

  @PostMapping("/admin/runtimes/{runtimeId}/status")
  Mono<String> runtimeStatus(@PathVariable String runtimeId, @ModelAttribute StatusForm form,
                             RequestContext context, Model model) {
    return act(() -> cqrs.sendAndAwait(new ChangeRuntimeStatusCommand(runtimeId,
        WireNames.require(RuntimeStatus.class, "status", form.status())), context, RUNTIMES, runtimeId), "runtime", context,
        model);
  }

  @PostMapping("/admin/profiles")
  Mono<String> defineProfile(@ModelAttribute ProfileForm form, RequestContext context, Model model) {
    String id = UUID.randomUUID().toString();
    return act(() -> cqrs.sendAndAwait(new DefineResourceProfileCommand(id, form.name(),
        required("cpuMillis", form.cpuMillis()), required("memoryMiB", form.memoryMiB()),
        form.gpus() == null ? 0 : form.gpus(), ProjectPages.blankToNull(form.gpuType())), context,
        RESOURCE_PROFILES, id), "profile", context, model);
  }

  @PostMapping("/admin/processors/{name}/rebuild")
  Mono<String> rebuild(@PathVariable String name, RequestContext context, Model model) {
    return act(() -> cqrs.blocking(() -> {
      if (!context.actor().isAdmin()) {
        throw KilnException.forbidden("Only administrators rebuild projections");
      }
      if (processors.find(name).filter(p -> p.replayable()).isEmpty()) {
        throw KilnException.invalid("processor", name + " cannot be rebuilt: it acts on the world or is unknown");
      }
      replays.replay(name);
      return true;
    }), "processor", context, model);
  }

  private Mono<String> act(Supplier<Mono<?>> action, String section, RequestContext context, Model model) {
    return Mono.defer(action).thenReturn("redirect:/admin#" + section)
        .onErrorResume(e -> page(FormError.of(e), section, context, model));
  }

  Mono<String> page(FormError error, String section, RequestContext context, Model model) {
    if (!context.actor().seesEverything()) {
      return Mono.error(KilnException.forbidden("Only administrators and auditors see the admin pages"));
    }
    Mono<java.util.List<UserQuotaRow>> users = cqrs.query(new ListUsersQuery(null, PageRequests.MAX_PAGE_SIZE, null),
            ResponseTypes.instanceOf(UserPage.class))
        .flatMapMany(page -> Flux.fromIterable(page.items()))
        .concatMap(user -> catalog.usage(user.id()).map(usage -> new UserQuotaRow(user, usage)))
        .collectList();
    Mono<NodePoolPage> pools = cqrs.query(new ListNodePoolsQuery(), ResponseTypes.instanceOf(NodePoolPage.class));
    Mono<NodePoolDecisions> decisions = cqrs.query(new ListNodePoolDecisionsQuery(null, RECENT_DECISIONS),
        ResponseTypes.instanceOf(NodePoolDecisions.class));
    return Mono.zip(users, catalog.runtimes(), catalog.profiles(), cqrs.blocking(processors::all), pools, decisions)
        .map(all -> {
          model.addAttribute("pools", all.getT5().items());
          model.addAttribute("decisions", all.getT6().items());
          if (!model.containsAttribute("poolForm")) {
            model.addAttribute("poolForm", new NodePoolPages.PoolForm("", "", "capi-system", 0, 3, ""));
          }
          model.addAttribute("users", all.getT1());
          model.addAttribute("runtimes", all.getT2());
          model.addAttribute("profiles", all.getT3());
          model.addAttribute("processors", all.getT4());
          model.addAttribute("admin", context.actor().isAdmin());
          model.addAttribute("error", error);
          model.addAttribute("errorSection", section);
          model.addAttribute("editors", java.util.Arrays.stream(Editor.values()).map(WireNames::of).toList());
          return "admin";
        });
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw KilnException.invalid(field, "is required");
    }
    return value;
  }
}
