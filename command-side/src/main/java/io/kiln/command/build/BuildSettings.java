package io.kiln.command.build;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.builds.*}: at most {@code KILN_BUILDS_MAX_RUNNING} builds run at once in the workspace and
 * {@code KILN_BUILDS_MAX_RUNNING_PER_PROJECT} per project; a build that runs longer than {@code KILN_BUILDS_TIMEOUT}
 * times out; images go to the workspace registry {@code KILN_REGISTRY}.
 */
@ConfigurationProperties("kiln.builds")
public record BuildSettings(@DefaultValue("4") int maxRunning,
                            @DefaultValue("2") int maxRunningPerProject,
                            @DefaultValue("60m") Duration timeout,
                            @DefaultValue("localhost:5000") String registry) {}
