package io.kiln.web.api.model;

import static io.kiln.domain.readmodel.ReadModels.MODELS;

import io.kiln.domain.model.CreateModelAccessKeyCommand;
import io.kiln.domain.model.ListModelAccessKeysQuery;
import io.kiln.domain.model.ModelAccessKeyPage;
import io.kiln.domain.model.ModelAccessKeyView;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelKeys;
import io.kiln.domain.model.RevokeModelAccessKeyCommand;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.ApiKeys;
import io.kiln.web.api.Page;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
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

/** A model's access keys: created with the key shown once, listed by prefix, revoked. */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/access-keys", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelAccessKeyController {
  private final Cqrs cqrs;
  private final VisibleModels models;

  ModelAccessKeyController(Cqrs cqrs, VisibleModels models) {
    this.cqrs = cqrs;
    this.models = models;
  }

  @PostMapping
  Mono<ResponseEntity<CreatedAccessKeyResponse>> create(@PathVariable String modelId,
                                                        @RequestBody(required = false) AccessKeyRequest body,
                                                        RequestContext context) {
    ModelId id = ModelId.parse(modelId);
    String name = body == null ? null : body.name();
    String secret = ModelKeys.newSecret();
    String keyId = UUID.randomUUID().toString();
    String prefix = ApiKeys.displayPrefix(secret);
    var command = new CreateModelAccessKeyCommand(id, keyId, name, ApiKeys.hash(secret), prefix);
    var created = new CreatedAccessKeyResponse(keyId, id.value(), name, prefix, secret);
    return models.find(modelId, context)
        .then(cqrs.sendAndAwait(command, context, MODELS, id.value()))
        .map(visible -> ResponseEntity.status(visible ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
            .location(URI.create("/api/v1/models/" + id.value() + "/access-keys/" + keyId))
            .body(created));
  }

  @GetMapping
  Mono<Page<ModelAccessKeyView>> list(@PathVariable String modelId, @RequestParam(required = false) Integer pageSize,
                                      @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ListModelAccessKeysQuery(ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
    return models.find(modelId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(ModelAccessKeyPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @DeleteMapping("/{keyId}")
  Mono<ResponseEntity<Void>> revoke(@PathVariable String modelId, @PathVariable String keyId,
                                    RequestContext context) {
    ModelId id = ModelId.parse(modelId);
    return models.find(modelId, context)
        .then(cqrs.sendAndAwait(new RevokeModelAccessKeyCommand(id, keyId), context, MODELS, id.value()))
        .thenReturn(ResponseEntity.noContent().build());
  }
}
