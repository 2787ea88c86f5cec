package io.kiln.web.security;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.web.audit.HttpRefusals;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /api/**} and Kiln's metrics need a bearer API key; calls to models carry a model's access key instead, which
 * the model route checks itself; everything else (health, later the UI) has its own rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  private static final String AUDITOR = "ROLE_AUDITOR";
  private static final String[] METRICS = {"/actuator/metrics", "/actuator/metrics/**"};

  @Bean
  @Order(0)
  SecurityWebFilterChain modelCallsChain(ServerHttpSecurity http) {
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/api/v1/models/*/predict",
            "/model/**"))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .authorizeExchange(authorize -> authorize.anyExchange().permitAll())
        .build();
  }

  @Bean
  @Order(1)
  SecurityWebFilterChain api(ServerHttpSecurity http, ApiKeyAuthenticationManager keys, ProblemWriter problems,
                             HttpRefusals refusals) {
    AuthenticationWebFilter bearer = new AuthenticationWebFilter(keys);
    bearer.setServerAuthenticationConverter(new BearerKeyConverter());
    bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    bearer.setAuthenticationFailureHandler((filterExchange, e) ->
        unauthenticated(filterExchange.getExchange(), problems, "The API key is unknown, expired or revoked"));
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers(concat("/api/**", METRICS)))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(authorize -> authorize
            .pathMatchers(METRICS).hasAnyRole("ADMIN", "AUDITOR")
            .pathMatchers(HttpMethod.GET, "/api/**").authenticated()
            .pathMatchers(HttpMethod.HEAD, "/api/**").authenticated()
            .anyExchange().access(SecurityConfiguration::writer))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint((exchange, e) -> unauthenticated(exchange, problems,
                "Send an API key as 'Authorization: Bearer <key>'"))
            .accessDeniedHandler((exchange, e) -> denied(exchange, problems, refusals)))
        .build();
  }

  @Bean
  @Order(2)
  SecurityWebFilterChain everythingElse(ServerHttpSecurity http) {
    return http
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .authorizeExchange(authorize -> authorize
            .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyExchange().permitAll())
        .build();
  }

  /** Auditors read everything and change nothing: every write request of theirs is refused here. */
  private static Mono<AuthorizationDecision> writer(Mono<Authentication> authentication, AuthorizationContext context) {
    return authentication
        .map(auth -> new AuthorizationDecision(auth.isAuthenticated() && auth.getAuthorities().stream()
            .noneMatch(a -> AUDITOR.equals(a.getAuthority()))))
        .defaultIfEmpty(new AuthorizationDecision(false));
  }

  private static String[] concat(String first, String... more) {
    String[] all = new String[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return all;
  }

  private static Mono<Void> denied(ServerWebExchange exchange, ProblemWriter problems, HttpRefusals refusals) {
    if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
      return problems.write(exchange, new Problem(ErrorCode.FORBIDDEN, "Only admins and auditors read metrics"));
    }
    KilnException refusal = KilnException.forbidden("Auditors read everything and change nothing");
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .filter(KilnAuthentication.class::isInstance)
        .cast(KilnAuthentication.class)
        .flatMap(auth -> refusals.record(exchange, auth.principal(), refusal))
        .onErrorResume(e -> Mono.empty())
        .then(problems.write(exchange, new Problem(ErrorCode.FORBIDDEN, refusal.getMessage())));
  }

  private static Mono<Void> unauthenticated(ServerWebExchange exchange, ProblemWriter problems, String detail) {
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kiln\"");
    return problems.write(exchange, new Problem(ErrorCode.UNAUTHENTICATED, detail));
  }
}
