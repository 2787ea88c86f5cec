package io.kiln.command.job;

/** Deadline payload of a run's timeout and retry deadlines: the attempt they are for. Stored: keep its name. */
public record AttemptDeadline(int attempt) {}
