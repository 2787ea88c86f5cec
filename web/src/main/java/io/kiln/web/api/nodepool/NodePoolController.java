package io.kiln.web.api.nodepool;

import static io.kiln.domain.readmodel.ReadModels.NODE_POOLS;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.nodepool.ChangeNodePoolCommand;
import io.kiln.domain.nodepool.DefineNodePoolCommand;
import io.kiln.domain.nodepool.DeleteNodePoolCommand;
import io.kiln.domain.nodepool.FindNodePoolQuery;
import io.kiln.domain.nodepool.ListNodePoolDecisionsQuery;
import io.kiln.domain.nodepool.ListNodePoolsQuery;
import io.kiln.domain.nodepool.NodePoolDecisionView;
import io.kiln.domain.nodepool.NodePoolDecisions;
import io.kiln.domain.nodepool.NodePoolPage;
import io.kiln.domain.nodepool.NodePoolRules;
import io.kiln.domain.nodepool.NodePoolView;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.axonframework.messaging.responsetypes.ResponseTypes;
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
import reactor.core.publisher.Mono;

/** Node pools: administrators define, change and delete them; administrators and auditors read them and the
 * scaler's decisions. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class NodePoolController {
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private final Cqrs cqrs;

  NodePoolController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @GetMapping("/node-pools")
  Mono<Page<NodePoolView>> list(RequestContext context) {
    requireReader(context.actor());
    return cqrs.query(new ListNodePoolsQuery(), ResponseTypes.instanceOf(NodePoolPage.class))
        .map(p -> new Page<>(p.items(), null));
  }

  @GetMapping("/node-pools/{name}")
  Mono<NodePoolView> get(@PathVariable String name, RequestContext context) {
    requireReader(context.actor());
    return find(name);
  }

  @GetMapping("/node-pools/{name}/decisions")
  Mono<Page<NodePoolDecisionView>> decisions(@PathVariable String name,
                                             @RequestParam(defaultValue = "50") int limit, RequestContext context) {
    requireReader(context.actor());
    return find(name).then(decisionsOf(name, limit));
  }

  @GetMapping("/node-pool-decisions")
  Mono<Page<NodePoolDecisionView>> allDecisions(@RequestParam(defaultValue = "50") int limit,
                                                RequestContext context) {
    requireReader(context.actor());
    return decisionsOf(null, limit);
  }

  @PostMapping(path = "/node-pools", consumes = JSON)
  Mono<ResponseEntity<NodePoolView>> define(@RequestBody NodePoolRequest body, RequestContext context) {
    String name = Required.field("name", body.name());
    NodePoolRules.checkName(name);
    var command = new DefineNodePoolCommand(name, body.machineDeployment(), body.namespace(),
        Required.field("min", body.min()), Required.field("max", body.max()),
        body.nodeLabel() == null ? name : body.nodeLabel());
    return cqrs.sendAndAwait(command, context, NODE_POOLS, name)
        .then(find(name))
        .map(p -> ResponseEntity.created(URI.create("/api/v1/admin/node-pools/" + name)).body(p));
  }

  @PutMapping(path = "/node-pools/{name}", consumes = JSON)
  Mono<NodePoolView> change(@PathVariable String name, @RequestBody NodePoolRequest body, RequestContext context) {
    if (body.name() != null && !body.name().equals(name)) {
      throw KilnException.invalid("name", "cannot be changed; define a new pool");
    }
    var command = new ChangeNodePoolCommand(name, body.machineDeployment(), body.namespace(),
        Required.field("min", body.min()), Required.field("max", body.max()),
        body.nodeLabel() == null ? name : body.nodeLabel());
    return cqrs.sendAndAwait(command, context, NODE_POOLS, name).then(find(name));
  }

  @DeleteMapping("/node-pools/{name}")
  Mono<ResponseEntity<Void>> delete(@PathVariable String name, RequestContext context) {
    return cqrs.sendAndAwait(new DeleteNodePoolCommand(name), context, NODE_POOLS, name)
        .thenReturn(ResponseEntity.noContent().build());
  }

  private Mono<Page<NodePoolDecisionView>> decisionsOf(String pool, int limit) {
    return cqrs.query(new ListNodePoolDecisionsQuery(pool, limit), ResponseTypes.instanceOf(NodePoolDecisions.class))
        .map(d -> new Page<>(d.items(), null));
  }

  private Mono<NodePoolView> find(String name) {
    return cqrs.query(new FindNodePoolQuery(name), ResponseTypes.optionalInstanceOf(NodePoolView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.NODE_POOL_NOT_FOUND,
            "No node pool " + name)));
  }

  private static void requireReader(Actor actor) {
    if (!actor.seesEverything()) {
      throw KilnException.forbidden("Only administrators and auditors see node pools");
    }
  }
}
