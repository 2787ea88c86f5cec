package io.kiln.k8s.nodepools;

/** A node of a pool: what it can hold, and whether a Kiln workload runs on it. */
record PoolNode(String name, long cpuMillis, long memoryBytes, boolean busy) {}
