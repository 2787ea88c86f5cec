package io.kiln.web.security;

import io.kiln.domain.ErrorCode;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /api/**} needs a bearer API key; everything else (health, later the UI) has its own rules. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityWebFilterChain api(ServerHttpSecurity http, ApiKeyAuthenticationManager keys, ProblemWriter problems) {
    AuthenticationWebFilter bearer = new AuthenticationWebFilter(keys);
    bearer.setServerAuthenticationConverter(new BearerKeyConverter());
    bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    bearer.setAuthenticationFailureHandler((filterExchange, e) ->
        unauthenticated(filterExchange.getExchange(), problems, "The API key is unknown, expired or revoked"));
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(authorize -> authorize.anyExchange().authenticated())
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint((exchange, e) -> unauthenticated(exchange, problems,
                "Send an API key as 'Authorization: Bearer <key>'"))
            .accessDeniedHandler((exchange, e) ->
                problems.write(exchange, new Problem(ErrorCode.FORBIDDEN, "Not allowed"))))
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

  private static Mono<Void> unauthenticated(ServerWebExchange exchange, ProblemWriter problems, String detail) {
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kiln\"");
    return problems.write(exchange, new Problem(ErrorCode.UNAUTHENTICATED, detail));
  }
}
