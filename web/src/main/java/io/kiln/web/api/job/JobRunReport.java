package io.kiln.web.api.job;

/**
 * What the cluster observed of a run's attempt, sent by Kiln's effectors (or an administrator): {@code state} is
 * {@code starting}, {@code running}, {@code succeeded}, {@code failed} (with the script's {@code exitCode}, or none
 * when the cluster could not run it) or {@code stopped}; {@code attempt} absent means the current one.
 */
public record JobRunReport(String state, Integer attempt, Integer exitCode, String reason) {}
