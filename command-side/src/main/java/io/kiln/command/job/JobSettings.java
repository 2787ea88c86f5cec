package io.kiln.command.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.jobs.*}: an attempt of a run that has not ended after its job's timeout is timed out; a job without
 * a timeout of its own gets {@code KILN_JOBS_DEFAULT_TIMEOUT}, and none may choose more than
 * {@code KILN_JOBS_MAX_TIMEOUT}.
 */
@ConfigurationProperties("kiln.jobs")
public record JobSettings(@DefaultValue("24h") Duration defaultTimeout, @DefaultValue("7d") Duration maxTimeout) {}
