package io.kiln.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.api.*}: how long a request waits for its command ({@code KILN_API_COMMAND_TIMEOUT}) and for the read
 * model to show its write ({@code KILN_API_PROJECTION_WAIT}), and how many threads handle commands and queries
 * ({@code KILN_API_WORKER_THREADS}) away from the network threads.
 */
@ConfigurationProperties("kiln.api")
public record ApiProperties(@DefaultValue("10s") Duration commandTimeout,
                            @DefaultValue("5s") Duration projectionWait,
                            @DefaultValue("32") int workerThreads) {}
