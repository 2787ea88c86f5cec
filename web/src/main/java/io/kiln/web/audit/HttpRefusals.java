package io.kiln.web.audit;

import io.kiln.command.refusal.RefusalLog;
import io.kiln.domain.ErrorCategory;
import io.kiln.domain.audit.CommandRefusal;
import io.kiln.domain.user.Principal;
import io.kiln.web.cqrs.CommandRefusedException;
import io.kiln.web.cqrs.RequestIds;
import io.kiln.web.error.Problem;
import io.kiln.web.error.Problems;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Puts refused write requests in the audit trail: who tried which method on which resource, and why it was refused.
 * Refusals by a command handler are recorded where the command was handled, and not twice.
 */
@Component
public class HttpRefusals {
  private static final String API = "/api/v1/";
  private final RefusalLog log;
  private final Scheduler workers;

  HttpRefusals(RefusalLog log, Scheduler cqrsWorkers) {
    this.log = log;
    this.workers = cqrsWorkers;
  }

  public static boolean isWrite(ServerWebExchange exchange) {
    HttpMethod method = exchange.getRequest().getMethod();
    return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
        && exchange.getRequest().getPath().value().startsWith("/api/");
  }

  public Mono<Void> record(ServerWebExchange exchange, Principal principal, Throwable error) {
    Problem problem = Problems.from(error);
    ErrorCategory category = problem.code().category();
    if (error instanceof CommandRefusedException || !problem.status().is4xxClientError()
        || category == ErrorCategory.UNAUTHENTICATED) {
      return Mono.empty();
    }
    String path = exchange.getRequest().getPath().value();
    Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String action = exchange.getRequest().getMethod().name() + " "
        + (pattern instanceof PathPattern p ? p.getPatternString() : path);
    Map<String, String> variables = exchange.getAttributeOrDefault(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
        Map.of());
    String resourceType = resourceType(path);
    String resourceId = variables.getOrDefault("id", variables.get("name"));
    var refusal = new CommandRefusal(GenericEventMessage.clock.instant(), principal.userId(), action, resourceType,
        resourceId, "project".equals(resourceType) ? resourceId : null, problem.code(),
        problem.detail() != null ? problem.detail() : problem.code().title(),
        RequestIds.of(exchange), RequestIds.clientAddress(exchange));
    return Mono.fromRunnable(() -> log.record(refusal)).subscribeOn(workers).then();
  }

  /** {@code /api/v1/projects/...} is about a {@code project}. */
  private static String resourceType(String path) {
    if (!path.startsWith(API)) {
      return null;
    }
    String collection = path.substring(API.length()).split("[/:]", 2)[0];
    return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
  }
}
