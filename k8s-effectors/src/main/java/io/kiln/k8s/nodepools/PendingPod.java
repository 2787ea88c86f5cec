package io.kiln.k8s.nodepools;

/** A Kiln pod the scheduler could not place, with what it asks for. */
record PendingPod(String namespace, String name, String poolLabel, long cpuMillis, long memoryBytes) {}
