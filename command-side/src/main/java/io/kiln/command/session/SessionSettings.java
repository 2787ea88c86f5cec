package io.kiln.command.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.sessions.*}: a session with no activity for its idle timeout ({@code KILN_SESSIONS_DEFAULT_IDLE_TIMEOUT},
 * at most {@code KILN_SESSIONS_MAX_IDLE_TIMEOUT} when a user chooses one) is stopped; every session ends after
 * {@code KILN_SESSIONS_MAX_DURATION}.
 */
@ConfigurationProperties("kiln.sessions")
public record SessionSettings(@DefaultValue("60m") Duration defaultIdleTimeout,
                              @DefaultValue("24h") Duration maxIdleTimeout,
                              @DefaultValue("7d") Duration maxDuration) {}
