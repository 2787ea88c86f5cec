package io.kiln.domain.nodepool;

import org.axonframework.serialization.Revision;

/** The scaler moved the pool from {@code from} to {@code to} nodes; {@code node} is the one removed, if any. */
@Revision("1")
public record NodePoolScaledEvent(String name, int from, int to, String reason, String node) {}
