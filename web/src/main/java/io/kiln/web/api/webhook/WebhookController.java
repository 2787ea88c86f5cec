package io.kiln.web.api.webhook;

import static io.kiln.domain.readmodel.ReadModels.WEBHOOKS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.webhook.DeleteWebhookCommand;
import io.kiln.domain.webhook.DeliveryStatus;
import io.kiln.domain.webhook.FindWebhookDeliveryQuery;
import io.kiln.domain.webhook.FindWebhookQuery;
import io.kiln.domain.webhook.ListWebhookDeliveriesQuery;
import io.kiln.domain.webhook.ListWebhooksQuery;
import io.kiln.domain.webhook.RedeliverWebhookDeliveryCommand;
import io.kiln.domain.webhook.RegisterWebhookCommand;
import io.kiln.domain.webhook.RotateWebhookSecretCommand;
import io.kiln.domain.webhook.WebhookDeliveryPage;
import io.kiln.domain.webhook.WebhookDeliveryView;
import io.kiln.domain.webhook.WebhookId;
import io.kiln.domain.webhook.WebhookPage;
import io.kiln.domain.webhook.WebhookSecrets;
import io.kiln.domain.webhook.WebhookView;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookController {
  private final Cqrs cqrs;

  WebhookController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<WebhookResponse>> create(@RequestBody CreateWebhookRequest body, RequestContext context) {
    WebhookId id = WebhookId.newId();
    String madeUp = body.secret() == null ? WebhookSecrets.newSecret() : null;
    var command = new RegisterWebhookCommand(id, body.url(), body.eventTypes(), body.projectIds(),
        Objects.requireNonNullElse(body.secret(), madeUp));
    return cqrs.sendAndAwait(command, context, WEBHOOKS, id.value())
        .flatMap(visible -> visible
            ? find(id.value(), context).map(w -> ResponseEntity.created(URI.create(location(id.value())))
                .body(WebhookResponse.of(w, madeUp)))
            : Mono.just(ResponseEntity.accepted().location(URI.create(location(id.value()))).build()));
  }

  @GetMapping
  Mono<Page<WebhookResponse>> list(@RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String pageToken, RequestContext context) {
    return cqrs.query(new ListWebhooksQuery(context.actor(), PageRequests.pageSize(pageSize), pageToken),
            ResponseTypes.instanceOf(WebhookPage.class))
        .map(page -> new Page<>(page.items().stream().map(w -> WebhookResponse.of(w, null)).toList(),
            page.nextPageToken()));
  }

  @GetMapping("/{id}")
  Mono<WebhookResponse> get(@PathVariable String id, RequestContext context) {
    return find(WebhookId.parse(id).value(), context).map(w -> WebhookResponse.of(w, null));
  }

  @DeleteMapping("/{id}")
  Mono<ResponseEntity<Void>> delete(@PathVariable String id, RequestContext context) {
    WebhookId webhookId = WebhookId.parse(id);
    return cqrs.sendAndAwait(new DeleteWebhookCommand(webhookId), context, WEBHOOKS, webhookId.value())
        .thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping("/{id}:rotate-secret")
  Mono<WebhookResponse> rotateSecret(@PathVariable String id, @RequestBody(required = false) RotateSecretRequest body,
                                     RequestContext context) {
    WebhookId webhookId = WebhookId.parse(id);
    String given = body == null ? null : body.secret();
    String madeUp = given == null ? WebhookSecrets.newSecret() : null;
    return cqrs.sendAndAwait(new RotateWebhookSecretCommand(webhookId, Objects.requireNonNullElse(given, madeUp)),
            context, WEBHOOKS, webhookId.value())
        .then(find(webhookId.value(), context)).map(w -> WebhookResponse.of(w, madeUp));
  }

  @GetMapping("/{id}/deliveries")
  Mono<Page<DeliveryResponse>> deliveries(@PathVariable String id, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) Integer pageSize,
                                          @RequestParam(required = false) String pageToken, RequestContext context) {
    DeliveryStatus wanted = status == null ? null : WireNames.require(DeliveryStatus.class, "status", status);
    var query = new ListWebhookDeliveriesQuery(context.actor(), WebhookId.parse(id).value(), wanted,
        PageRequests.pageSize(pageSize), pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(WebhookDeliveryPage.class))
        .map(page -> new Page<>(page.items().stream().map(DeliveryResponse::of).toList(), page.nextPageToken()));
  }

  @GetMapping("/{id}/deliveries/{deliveryId}")
  Mono<DeliveryResponse> delivery(@PathVariable String id, @PathVariable String deliveryId, RequestContext context) {
    return findDelivery(WebhookId.parse(id).value(), deliveryId, context).map(DeliveryResponse::of);
  }

  /** Queues a parked delivery again, from its first attempt; answers once the outbox has taken it back. */
  @PostMapping("/{id}/deliveries/{deliveryId}:redeliver")
  Mono<ResponseEntity<DeliveryResponse>> redeliver(@PathVariable String id, @PathVariable String deliveryId,
                                                   RequestContext context) {
    WebhookId webhookId = WebhookId.parse(id);
    return findDelivery(webhookId.value(), deliveryId, context)
        .flatMap(delivery -> delivery.status() != DeliveryStatus.PARKED
            ? Mono.error(new KilnException(ErrorCode.WEBHOOK_DELIVERY_NOT_PARKED, "Delivery " + deliveryId + " is "
                + WireNames.of(delivery.status()) + "; only a parked delivery can be redelivered"))
            : cqrs.send(new RedeliverWebhookDeliveryCommand(webhookId, delivery.id()), context))
        .then(findDelivery(webhookId.value(), deliveryId, context))
        .map(d -> ResponseEntity.accepted()
            .location(URI.create(location(webhookId.value()) + "/deliveries/" + d.id()))
            .body(DeliveryResponse.of(d)));
  }

  private Mono<WebhookView> find(String id, RequestContext context) {
    return cqrs.query(new FindWebhookQuery(context.actor(), id), ResponseTypes.optionalInstanceOf(WebhookView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.WEBHOOK_NOT_FOUND, "Webhook not found")));
  }

  private Mono<WebhookDeliveryView> findDelivery(String webhookId, String deliveryId, RequestContext context) {
    return cqrs.query(new FindWebhookDeliveryQuery(context.actor(), webhookId, deliveryId),
            ResponseTypes.optionalInstanceOf(WebhookDeliveryView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND,
            "Webhook delivery not found")));
  }

  private static String location(String id) {
    return "/api/v1/webhooks/" + id;
  }
}
