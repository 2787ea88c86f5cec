package io.kiln.web.serving;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.serving.*}: how long a model call may wait for a replica to accept the connection
 * ({@code KILN_SERVING_CONNECT_TIMEOUT}) and to answer ({@code KILN_SERVING_TIMEOUT}), and how often the calls
 * counted are added to the read model ({@code KILN_SERVING_STATS_INTERVAL}).
 */
@ConfigurationProperties("kiln.serving")
public record ServingProperties(@DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("60s") Duration timeout,
                                @DefaultValue("1s") Duration statsInterval) {}
