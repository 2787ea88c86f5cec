package io.kiln.domain.nodepool;

/** The newest decisions first, of one pool or (with a null pool) of every pool. */
public record ListNodePoolDecisionsQuery(String pool, int limit) {}
