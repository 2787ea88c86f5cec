package io.kiln.web.api;

import java.time.Instant;

/**
 * What the cluster observed of a workload, sent by Kiln's effectors (or an administrator): the state it reached, and
 * for some states a URL, a reason, or the start ({@code generation}) it observed.
 */
public record WorkloadReport(String state, String url, String reason, Integer generation, Instant at) {}
