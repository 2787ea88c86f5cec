package io.kiln.command.history;

import java.time.Instant;
import java.util.Map;

/**
 * An aggregate's state as its own event-sourcing handlers rebuilt it from the events up to {@code asOf}:
 * {@code version} is the sequence number of the last of them, {@code changedAt} its time.
 */
public record AggregateStateView(String resourceType, String resourceId, Instant asOf, long version,
                                 Instant changedAt, Map<String, Object> state) {}
