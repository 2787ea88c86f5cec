package io.kiln.web.api.admin;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.projectors.ProcessorMonitor;
import io.kiln.projectors.ProcessorView;
import io.kiln.projectors.Replays;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Event processors for administrators (auditors may look): their position and lag, and the rebuild of a projection
 * from the first event. Side-effecting processors are never replayed.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/processors", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessorController {
  private static final Logger log = LoggerFactory.getLogger(ProcessorController.class);
  private final Cqrs cqrs;
  private final ProcessorMonitor monitor;
  private final Replays replays;

  ProcessorController(Cqrs cqrs, ProcessorMonitor monitor, Replays replays) {
    this.cqrs = cqrs;
    this.monitor = monitor;
    this.replays = replays;
  }

  @GetMapping
  Mono<Page<ProcessorView>> list(RequestContext context) {
    requireReader(context.actor());
    return cqrs.blocking(monitor::all).map(all -> new Page<>(all, null));
  }

  @GetMapping("/{name}")
  Mono<ProcessorView> get(@PathVariable String name, RequestContext context) {
    requireReader(context.actor());
    return cqrs.blocking(() -> find(name));
  }

  @PostMapping("/{name}:replay")
  Mono<ResponseEntity<ProcessorView>> replay(@PathVariable String name, RequestContext context) {
    if (!context.actor().isAdmin()) {
      return Mono.error(KilnException.forbidden("Only administrators rebuild projections"));
    }
    return cqrs.blocking(() -> {
      if (!find(name).replayable()) {
        throw new KilnException(ErrorCode.PROCESSOR_NOT_REPLAYABLE, name
            + " acts on the world (or runs in the command's transaction) and is never replayed");
      }
      log.info("{} rebuilds {} from the first event (request {})", context.actor().id(), name,
          context.correlationId());
      replays.replay(name);
      return find(name);
    }).map(view -> ResponseEntity.accepted().location(URI.create("/api/v1/admin/processors/" + name)).body(view));
  }

  private ProcessorView find(String name) {
    return monitor.find(name)
        .orElseThrow(() -> new KilnException(ErrorCode.PROCESSOR_NOT_FOUND, "No event processor " + name));
  }

  private static void requireReader(Actor actor) {
    if (!actor.seesEverything()) {
      throw KilnException.forbidden("Only administrators and auditors see the event processors");
    }
  }
}
