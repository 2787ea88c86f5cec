package io.kiln.command.job;

/**
 * Deadline payload, from the dependency process manager to a dependent job: a parent's run did not succeed (because
 * {@code rootRunId} failed); record run {@code runId} as skipped. Stored: keep its name.
 */
public record ParentFailed(String runId, String parentJobId, String parentRunId, String rootRunId) {}
