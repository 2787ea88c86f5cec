package io.kiln.web.api.catalog;

import static io.kiln.domain.readmodel.ReadModels.RESOURCE_PROFILES;
import static io.kiln.domain.readmodel.ReadModels.RUNTIMES;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.ChangeRuntimeImageCommand;
import io.kiln.domain.catalog.ChangeRuntimeStatusCommand;
import io.kiln.domain.catalog.DefineResourceProfileCommand;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.FindResourceProfileQuery;
import io.kiln.domain.catalog.FindRuntimeQuery;
import io.kiln.domain.catalog.ListResourceProfilesQuery;
import io.kiln.domain.catalog.ListRuntimesQuery;
import io.kiln.domain.catalog.RegisterRuntimeCommand;
import io.kiln.domain.catalog.ResizeResourceProfileCommand;
import io.kiln.domain.catalog.ResourceProfilePage;
import io.kiln.domain.catalog.ResourceProfileView;
import io.kiln.domain.catalog.RetireResourceProfileCommand;
import io.kiln.domain.catalog.RuntimePage;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.query.Uuids;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The workspace catalogue: everyone reads it, administrators manage it. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogController {
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private final Cqrs cqrs;

  CatalogController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @GetMapping("/runtimes")
  Mono<Page<RuntimeView>> runtimes(@RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String pageToken) {
    return cqrs.query(new ListRuntimesQuery(PageRequests.pageSize(pageSize), pageToken),
        ResponseTypes.instanceOf(RuntimePage.class)).map(p -> new Page<>(p.items(), p.nextPageToken()));
  }

  @GetMapping("/runtimes/{id}")
  Mono<RuntimeView> runtime(@PathVariable String id) {
    return findRuntime(id);
  }

  @PostMapping(path = "/runtimes", consumes = JSON)
  Mono<ResponseEntity<RuntimeView>> register(@RequestBody RuntimeRequest body, RequestContext context) {
    String id = UUID.randomUUID().toString();
    Editor editor = WireNames.require(Editor.class, "editor", Required.field("editor", body.editor()));
    return cqrs.sendAndAwait(new RegisterRuntimeCommand(id, body.name(), body.image(), editor, body.kernel(),
            body.localCommand(), body.editorCommand()),
            context, RUNTIMES, id)
        .then(findRuntime(id))
        .map(r -> ResponseEntity.created(URI.create("/api/v1/runtimes/" + id)).body(r));
  }

  @PatchMapping(path = "/runtimes/{id}", consumes = {JSON, "application/merge-patch+json"})
  Mono<RuntimeView> changeRuntime(@PathVariable String id, @RequestBody RuntimeChangeRequest body,
                                  RequestContext context) {
    String runtimeId = existing(id, ErrorCode.RUNTIME_NOT_FOUND);
    RuntimeStatus status = body.status() == null ? null
        : WireNames.require(RuntimeStatus.class, "status", body.status());
    Mono<Boolean> image = body.image() == null ? Mono.just(true)
        : cqrs.sendAndAwait(new ChangeRuntimeImageCommand(runtimeId, body.image()), context, RUNTIMES, runtimeId);
    return image.then(status == null ? Mono.just(true)
            : cqrs.sendAndAwait(new ChangeRuntimeStatusCommand(runtimeId, status), context, RUNTIMES, runtimeId))
        .then(findRuntime(runtimeId));
  }

  @GetMapping("/resource-profiles")
  Mono<Page<ResourceProfileView>> profiles(@RequestParam(required = false) Integer pageSize,
                                           @RequestParam(required = false) String pageToken) {
    return cqrs.query(new ListResourceProfilesQuery(PageRequests.pageSize(pageSize), pageToken),
        ResponseTypes.instanceOf(ResourceProfilePage.class)).map(p -> new Page<>(p.items(), p.nextPageToken()));
  }

  @GetMapping("/resource-profiles/{id}")
  Mono<ResourceProfileView> profile(@PathVariable String id) {
    return findProfile(id);
  }

  @PostMapping(path = "/resource-profiles", consumes = JSON)
  Mono<ResponseEntity<ResourceProfileView>> define(@RequestBody ResourceProfileRequest body, RequestContext context) {
    String id = UUID.randomUUID().toString();
    var command = new DefineResourceProfileCommand(id, body.name(), Required.field("cpuMillis", body.cpuMillis()),
        Required.field("memoryMiB", body.memoryMiB()), body.gpus() == null ? 0 : body.gpus(), body.gpuType());
    return cqrs.sendAndAwait(command, context, RESOURCE_PROFILES, id)
        .then(findProfile(id))
        .map(p -> ResponseEntity.created(URI.create("/api/v1/resource-profiles/" + id)).body(p));
  }

  @PatchMapping(path = "/resource-profiles/{id}", consumes = {JSON, "application/merge-patch+json"})
  Mono<ResourceProfileView> resize(@PathVariable String id, @RequestBody ResourceProfileRequest body,
                                   RequestContext context) {
    String profileId = existing(id, ErrorCode.RESOURCE_PROFILE_NOT_FOUND);
    if (body.name() != null) {
      throw KilnException.invalid("name", "cannot be changed; define a new profile");
    }
    var command = new ResizeResourceProfileCommand(profileId, Required.field("cpuMillis", body.cpuMillis()),
        Required.field("memoryMiB", body.memoryMiB()), body.gpus() == null ? 0 : body.gpus(), body.gpuType());
    return cqrs.sendAndAwait(command, context, RESOURCE_PROFILES, profileId).then(findProfile(profileId));
  }

  @PostMapping("/resource-profiles/{id}:retire")
  Mono<ResourceProfileView> retire(@PathVariable String id, RequestContext context) {
    String profileId = existing(id, ErrorCode.RESOURCE_PROFILE_NOT_FOUND);
    return cqrs.sendAndAwait(new RetireResourceProfileCommand(profileId), context, RESOURCE_PROFILES, profileId)
        .then(findProfile(profileId));
  }

  private Mono<RuntimeView> findRuntime(String id) {
    return cqrs.query(new FindRuntimeQuery(id), ResponseTypes.optionalInstanceOf(RuntimeView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.RUNTIME_NOT_FOUND, "Runtime not found")));
  }

  private Mono<ResourceProfileView> findProfile(String id) {
    return cqrs.query(new FindResourceProfileQuery(id), ResponseTypes.optionalInstanceOf(ResourceProfileView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.RESOURCE_PROFILE_NOT_FOUND,
            "Resource profile not found")));
  }

  private static String existing(String id, ErrorCode notFound) {
    return Uuids.parse(id).map(UUID::toString)
        .orElseThrow(() -> new KilnException(notFound, notFound.title()));
  }
}
