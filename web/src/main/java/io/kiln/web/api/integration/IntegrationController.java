package io.kiln.web.api.integration;

import static io.kiln.domain.readmodel.ReadModels.INTEGRATIONS;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.integration.FindIntegrationQuery;
import io.kiln.domain.integration.IntegrationNames;
import io.kiln.domain.integration.IntegrationPage;
import io.kiln.domain.integration.IntegrationView;
import io.kiln.domain.integration.ListIntegrationsQuery;
import io.kiln.domain.integration.RegisterIntegrationCommand;
import io.kiln.domain.integration.RevokeIntegrationCommand;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * gRPC integrations, named by the CN of their client certificate: administrators register them with a scope (PUT
 * again to change it) and revoke them; auditors may look.
 */
@RestController
@RequestMapping(path = "/api/v1/integrations", produces = MediaType.APPLICATION_JSON_VALUE)
class IntegrationController {
  private final Cqrs cqrs;

  IntegrationController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<IntegrationView>> put(@PathVariable String name, @RequestBody IntegrationRequest body,
                                            RequestContext context) {
    String id = IntegrationNames.idOf(IntegrationNames.check(name));
    var command = new RegisterIntegrationCommand(id, name, body.projectIds(), body.eventTypes(), body.commandTypes());
    return cqrs.sendAndAwait(command, context, INTEGRATIONS, id)
        .flatMap(visible -> visible ? find(name).map(ResponseEntity::ok)
            : Mono.just(ResponseEntity.accepted().location(location(name)).build()));
  }

  @GetMapping
  Mono<Page<IntegrationView>> list(@RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String pageToken, RequestContext context) {
    requireReader(context.actor());
    return cqrs.query(new ListIntegrationsQuery(PageRequests.pageSize(pageSize), pageToken),
        ResponseTypes.instanceOf(IntegrationPage.class)).map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping("/{name}")
  Mono<IntegrationView> get(@PathVariable String name, RequestContext context) {
    requireReader(context.actor());
    return find(name);
  }

  @DeleteMapping("/{name}")
  Mono<ResponseEntity<Void>> revoke(@PathVariable String name, RequestContext context) {
    if (!IntegrationNames.plausible(name)) {
      return Mono.error(notFound());
    }
    String id = IntegrationNames.idOf(name);
    return cqrs.sendAndAwait(new RevokeIntegrationCommand(id), context, INTEGRATIONS, id)
        .thenReturn(ResponseEntity.noContent().build());
  }

  private Mono<IntegrationView> find(String name) {
    return cqrs.query(new FindIntegrationQuery(name), ResponseTypes.optionalInstanceOf(IntegrationView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(IntegrationController::notFound));
  }

  private static KilnException notFound() {
    return new KilnException(ErrorCode.INTEGRATION_NOT_FOUND, "Integration not found");
  }

  private static void requireReader(Actor actor) {
    if (!actor.seesEverything()) {
      throw KilnException.forbidden("Only administrators and auditors see integrations");
    }
  }

  private static URI location(String name) {
    return URI.create("/api/v1/integrations/" + name);
  }
}
