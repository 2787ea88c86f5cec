package io.kiln.domain.readmodel;

/**
 * The version (sequence number of the latest event) that a read model has applied for one aggregate, or -1 when it
 * has none. As a subscription query, it is updated each time the read model applies an event of that aggregate:
 * this is how an API call waits until its own write is visible.
 */
public record ProjectionVersionQuery(String readModel, String aggregateId) {}
