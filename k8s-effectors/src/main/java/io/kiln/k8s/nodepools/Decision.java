package io.kiln.k8s.nodepools;

/** What the scaler decided for a pool: its new size, why, and the node it removes when it shrinks. */
record Decision(int from, int to, String reason, String node) {}
