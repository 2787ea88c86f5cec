package io.kiln.query.history;

import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.domain.history.HistoryAccessQuery;
import io.kiln.domain.history.HistoryPage;
import io.kiln.domain.history.ResourceHistoryQuery;
import io.kiln.domain.history.ResourceTypes;
import io.kiln.domain.project.Visibility;
import io.kiln.query.PageTokens;
import io.kiln.query.Uuids;
import io.kiln.query.events.StoredEventReader;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The full event history of a resource. Administrators and auditors read every history; users read the history of
 * projects they belong to and of the resources inside them. A resource a user may not see is not found.
 */
@Component
class HistoryQueryHandler {
  private final DSLContext dsl;
  private final StoredEventReader events;

  HistoryQueryHandler(DSLContext dsl, StoredEventReader events) {
    this.dsl = dsl;
    this.events = events;
  }

  @QueryHandler
  HistoryPage handle(ResourceHistoryQuery query) {
    requireAccess(query.viewer(), query.resourceType(), query.resourceId());
    long after = -1;
    List<String> token = PageTokens.decode(query.pageToken());
    if (token != null) {
      try {
        after = Long.parseLong(token.get(1));
      } catch (NumberFormatException e) {
        throw PageTokens.invalid();
      }
    }
    List<EventEnvelope> page = events.ofAggregate(query.resourceId(), after, query.pageSize() + 1);
    List<EventEnvelope> items = page.subList(0, Math.min(page.size(), query.pageSize()));
    String next = page.size() > query.pageSize()
        ? PageTokens.encode("history", Long.toString(items.get(items.size() - 1).sequenceNumber())) : null;
    return new HistoryPage(items, next);
  }

  @QueryHandler
  String handle(HistoryAccessQuery query) {
    return requireAccess(query.viewer(), query.resourceType(), query.resourceId());
  }

  private String requireAccess(Actor viewer, String resourceType, String resourceId) {
    List<EventEnvelope> first = resourceId == null || resourceId.length() > 255 ? List.of()
        : events.ofAggregate(resourceId, -1, 1);
    if (first.isEmpty() || !ResourceTypes.of(first.get(0).aggregateType()).equals(resourceType)) {
      throw notFound();
    }
    if (viewer.seesEverything()) {
      return first.get(0).aggregateType();
    }
    UUID project = Uuids.parse(first.get(0).projectId()).orElseThrow(HistoryQueryHandler::notFound);
    UUID user = Uuids.parse(viewer.id()).orElse(new UUID(0, 0));
    if (dsl.fetchExists(PROJECT_MEMBER, PROJECT_MEMBER.PROJECT_ID.eq(project).and(PROJECT_MEMBER.USER_ID.eq(user)))) {
      return first.get(0).aggregateType();
    }
    if (dsl.fetchExists(PROJECT, PROJECT.PROJECT_ID.eq(project)
        .and(PROJECT.VISIBILITY.ne(WireNames.of(Visibility.PRIVATE))))) {
      throw KilnException.forbidden("Only the members of a project read its history");
    }
    throw notFound();
  }

  private static KilnException notFound() {
    return new KilnException(ErrorCode.RESOURCE_NOT_FOUND, "Resource not found");
  }
}
