package io.kiln.web.api.history;

import io.kiln.command.history.AggregateStateView;
import io.kiln.command.history.AggregateTimeTravel;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.domain.history.HistoryAccessQuery;
import io.kiln.domain.history.HistoryPage;
import io.kiln.domain.history.ResourceHistoryQuery;
import io.kiln.domain.history.ResourceTypes;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The event history of any resource ({@code /api/v1/history/project/{id}}), and its state as of a moment, rebuilt
 * from its events up to then ({@code .../state?asOf=2025-01-31T00:00:00Z}).
 */
@RestController
@RequestMapping(path = "/api/v1/history/{type}/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryController {
  private final Cqrs cqrs;
  private final AggregateTimeTravel timeTravel;

  HistoryController(Cqrs cqrs, AggregateTimeTravel timeTravel) {
    this.cqrs = cqrs;
    this.timeTravel = timeTravel;
  }

  @GetMapping
  Mono<Page<HistoryEventResponse>> history(@PathVariable String type, @PathVariable String id,
                                           @RequestParam(required = false) Integer pageSize,
                                           @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ResourceHistoryQuery(context.actor(), checkType(type), id, PageRequests.pageSize(pageSize),
        pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(HistoryPage.class))
        .map(page -> new Page<>(page.items().stream().map(HistoryEventResponse::of).toList(),
            page.nextPageToken()));
  }

  @GetMapping("/state")
  Mono<AggregateStateView> state(@PathVariable String type, @PathVariable String id,
                                 @RequestParam(required = false) String asOf, RequestContext context) {
    Instant at = asOf(asOf);
    return cqrs.query(new HistoryAccessQuery(context.actor(), checkType(type), id),
            ResponseTypes.instanceOf(String.class))
        .then(cqrs.blocking(() -> timeTravel.stateAsOf(id, at)))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.RESOURCE_NOT_FOUND,
            "The resource did not exist at " + at)));
  }

  private static String checkType(String type) {
    if (!ResourceTypes.plausible(type)) {
      throw new KilnException(ErrorCode.RESOURCE_NOT_FOUND, "Resource not found");
    }
    return type;
  }

  private static Instant asOf(String asOf) {
    if (asOf == null || asOf.isEmpty()) {
      return GenericEventMessage.clock.instant();
    }
    try {
      return Instant.parse(asOf);
    } catch (DateTimeParseException e) {
      throw KilnException.invalid("asOf", "must be an ISO-8601 time such as 2025-01-31T00:00:00Z");
    }
  }
}
