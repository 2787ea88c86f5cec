package io.kiln.local;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.local.*}: how often the supervisor looks at its processes, how long an editor or application may take
 * to answer HTTP, how long a stopped process gets before it is killed, and how many times an application or model
 * replica that died is started again before it counts as failed.
 */
@ConfigurationProperties("kiln.local")
public record LocalSettings(@DefaultValue("500ms") Duration tick,
                            @DefaultValue("120s") Duration readyTimeout,
                            @DefaultValue("3s") Duration stopGrace,
                            @DefaultValue("3") int maxRestarts) {}
