package io.kiln.domain.job;

import java.util.List;
import java.util.Map;

/** What each run of a job executes: a project script with arguments and environment, on a runtime and profile. */
public record JobDefinition(String script, List<String> arguments, Map<String, String> environment, String runtimeId,
                            String profileId, long timeoutSeconds, RetryPolicy retry) {}
