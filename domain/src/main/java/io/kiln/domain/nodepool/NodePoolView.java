package io.kiln.domain.nodepool;

import java.time.Instant;

/** A pool as the API shows it; {@code nodes} is the size the scaler last decided (null before its first decision). */
public record NodePoolView(String name, String machineDeployment, String namespace, int min, int max,
                           String nodeLabel, Integer nodes, Instant createdAt, Instant updatedAt, long version) {}
