package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The attempt failed: with {@code exitCode}, the script failed; without one, the cluster could not run it.
 * {@code attempt} null: the current attempt.
 */
public record ReportJobRunFailedCommand(@TargetAggregateIdentifier JobRunId runId, Integer attempt, Integer exitCode,
                                        String reason) {}
