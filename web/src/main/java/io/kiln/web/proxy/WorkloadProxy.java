package io.kiln.web.proxy;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.FindProjectQuery;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.user.Principal;
import io.kiln.infra.workload.WorkloadEndpoints;
import io.kiln.infra.workload.WorkloadEndpoints.Endpoint;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves sessions at {@code /sessions/<id>/} and applications at {@code /apps/<subdomain>/} (and on
 * {@code <subdomain>.<KILN_APPS_DOMAIN>} when that resolves to Kiln): HTTP and WebSocket,
 * proxied to where the compute engine runs them, for the workload's owner, the project's owner and collaborators,
 * and admins only (anyone else gets 404, as for a workload that is not running).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WorkloadProxy implements WebFilter {
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "authorization",
      "content-length");
  private final ObjectProvider<WorkloadEndpoints> engines;
  private final ProxyCaller callers;
  private final Cqrs cqrs;
  private final ProblemWriter problems;
  private final SessionActivity activity;
  private final String appsDomain;
  private final WebClient http = WebClient.create();
  private final WebSocketRelay webSockets = new WebSocketRelay();

  WorkloadProxy(ObjectProvider<WorkloadEndpoints> engines, ProxyCaller callers, Cqrs cqrs, ProblemWriter problems,
                SessionActivity activity, @Value("${kiln.apps.domain:}") String appsDomain) {
    this.appsDomain = appsDomain;
    this.engines = engines;
    this.activity = activity;
    this.callers = callers;
    this.cqrs = cqrs;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    Optional<ProxyRoute> route = ProxyRoute.ofHost(exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST), path,
        appsDomain).or(() -> ProxyRoute.of(path));
    if (route.isEmpty()) {
      return chain.filter(exchange);
    }
    ProxyRoute r = route.get();
    if (r.rest() == null) {
      exchange.getResponse().setStatusCode(HttpStatus.PERMANENT_REDIRECT);
      exchange.getResponse().getHeaders().setLocation(URI.create(r.prefix() + "/"));
      return exchange.getResponse().setComplete();
    }
    return callers.of(exchange)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.UNAUTHENTICATED,
            "Sign in, or send an API key as 'Authorization: Bearer <key>' or as the cookie " + ProxyCaller.COOKIE)))
        .flatMap(caller -> endpoint(r).filterWhen(e -> allowed(e, caller))
            .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.NOT_FOUND, "Nothing runs at " + r.prefix()))))
        .flatMap(endpoint -> forward(exchange, r, endpoint))
        .onErrorResume(KilnException.class, e -> problems.write(exchange, new Problem(e.code(), e.getMessage())));
  }

  private Mono<Endpoint> endpoint(ProxyRoute r) {
    return Mono.fromCallable(() -> engines.orderedStream()
            .map(e -> r.kind() == ProxyRoute.Kind.SESSION ? e.session(r.name()) : e.application(r.name()))
            .flatMap(Optional::stream).findFirst())
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(Mono::justOrEmpty);
  }

  private Mono<Boolean> allowed(Endpoint endpoint, Principal caller) {
    if (caller.actor().isAdmin() || caller.userId().equals(endpoint.ownerId())) {
      return Mono.just(true);
    }
    return cqrs.query(new FindProjectQuery(endpoint.projectId(), caller.actor()),
            ResponseTypes.optionalInstanceOf(ProjectView.class))
        .flatMap(Mono::justOrEmpty)
        .map(p -> p.ownerId().equals(caller.userId())
            || p.collaborators().stream().anyMatch(c -> c.userId().equals(caller.userId())))
        .defaultIfEmpty(false);
  }

  private Mono<Void> forward(ServerWebExchange exchange, ProxyRoute r, Endpoint endpoint) {
    ServerHttpRequest request = exchange.getRequest();
    String query = request.getURI().getRawQuery();
    String target = r.target(endpoint.keepsPrefix()) + (query == null ? "" : "?" + query);
    Runnable used = r.kind() == ProxyRoute.Kind.SESSION ? () -> activity.used(r.name()) : () -> { };
    used.run();
    if ("websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())) {
      URI uri = URI.create(endpoint.base().toString().replaceFirst("^http", "ws") + target);
      return webSockets.relay(exchange, uri, forwarded(request.getHeaders()), used)
          .onErrorResume(e -> unanswered(exchange, r, e));
    }
    ServerHttpResponse response = exchange.getResponse();
    return http.method(request.getMethod()).uri(URI.create(endpoint.base() + target))
        .headers(h -> h.addAll(forwarded(request.getHeaders())))
        .body(BodyInserters.fromDataBuffers(request.getBody()))
        .exchangeToMono(upstream -> {
          response.setStatusCode(upstream.statusCode());
          upstream.headers().asHttpHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)) {
              List<String> kept = values.stream().filter(v -> !kilnsCookie(v)).toList();
              if (!kept.isEmpty()) {
                response.getHeaders().put(name, kept);
              }
            } else if (!HOP_BY_HOP.contains(name.toLowerCase())) {
              response.getHeaders().put(name, values);
            }
          });
          return response.writeWith(upstream.bodyToFlux(DataBuffer.class));
        })
        .onErrorResume(WebClientRequestException.class, e -> unanswered(exchange, r, e));
  }

  /** The workload could not be reached, or refused the WebSocket: 502, unless an answer has begun. */
  private Mono<Void> unanswered(ServerWebExchange exchange, ProxyRoute r, Throwable e) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(e);
    }
    return problems.write(exchange, new Problem(ErrorCode.WORKLOAD_UNREACHABLE,
        "What runs at " + r.prefix() + " did not answer: " + e.getMessage()));
  }

  /** Kiln's key and sign-in session never reach the workload. */
  private static String withoutKey(String cookies) {
    return java.util.Arrays.stream(cookies.split(";")).map(String::trim)
        .filter(c -> !kilnsCookie(c)).collect(java.util.stream.Collectors.joining("; "));
  }

  /** A workload may not set (or overwrite) Kiln's own cookies either. */
  private static boolean kilnsCookie(String cookie) {
    return cookie.startsWith(ProxyCaller.COOKIE + "=") || cookie.startsWith(ProxyCaller.SIGN_IN_COOKIE + "=");
  }

  private static HttpHeaders forwarded(HttpHeaders incoming) {
    HttpHeaders headers = new HttpHeaders();
    incoming.forEach((name, values) -> {
      String lower = name.toLowerCase();
      if (lower.equals("cookie")) {
        values.stream().map(WorkloadProxy::withoutKey).filter(v -> !v.isBlank()).forEach(v -> headers.add(name, v));
      } else if (!HOP_BY_HOP.contains(lower) && !lower.startsWith("sec-websocket")) {
        headers.put(name, List.copyOf(values));
      }
    });
    return headers;
  }
}
