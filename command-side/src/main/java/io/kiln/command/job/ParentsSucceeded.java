package io.kiln.command.job;

/**
 * Deadline payload, from the dependency process manager to a dependent job: every parent has succeeded since the job's
 * last run, the latest being {@code parentRunId}; start run {@code runId}. Stored: keep its name.
 */
public record ParentsSucceeded(String runId, String parentJobId, String parentRunId) {}
