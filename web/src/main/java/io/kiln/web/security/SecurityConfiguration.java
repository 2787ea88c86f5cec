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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
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
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /api/**} and Kiln's metrics need a bearer API key; calls to models and to sessions and applications served
 * through Kiln carry keys that their routes check themselves; the browser UI signs in with a password and keeps a
 * session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  private static final String AUDITOR = "ROLE_AUDITOR";
  private static final String[] METRICS = {"/actuator/metrics", "/actuator/metrics/**"};

  @Bean
  @Order(0)
  SecurityWebFilterChain selfCheckingRoutes(ServerHttpSecurity http) {
    return http
        .securityMatcher(ServerWebExchangeMatchers.matchers(
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/api/v1/models/*/predict", "/model/**"),
            ServerWebExchangeMatchers.pathMatchers("/sessions/**", "/apps/**")))
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

  /** The browser UI: a session cookie after signing in with a password, CSRF tokens on every write (multipart file
   * uploads carry theirs as a form field). */
  @Bean
  @Order(2)
  SecurityWebFilterChain browser(ServerHttpSecurity http, PasswordAuthenticationManager passwords) {
    XorServerCsrfTokenRequestAttributeHandler csrfTokens = new XorServerCsrfTokenRequestAttributeHandler();
    csrfTokens.setTokenFromMultipartDataEnabled(true);
    return http
        .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(form -> form
            .loginPage("/login")
            .authenticationManager(passwords::authenticate)
            .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/login?error")))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut()))
        .authorizeExchange(authorize -> authorize
            .pathMatchers("/actuator/**", "/login", "/password/**", "/webjars/**", "/ui/**", "/favicon.ico")
            .permitAll()
            .pathMatchers(HttpMethod.GET, "/**").authenticated()
            .pathMatchers(HttpMethod.HEAD, "/**").authenticated()
            .pathMatchers("/logout").authenticated()
            .anyExchange().access(SecurityConfiguration::writer))
        .exceptionHandling(handling -> handling
            .accessDeniedHandler((exchange, e) -> {
              exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
              exchange.getResponse().getHeaders().setContentType(MediaType.TEXT_PLAIN);
              return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
                  .wrap("Auditors read everything and change nothing.".getBytes(StandardCharsets.UTF_8))));
            }))
        .build();
  }

  private static RedirectServerLogoutSuccessHandler signedOut() {
    RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
    handler.setLogoutSuccessUrl(URI.create("/login?signedOut"));
    return handler;
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
