package io.kiln.domain.history;

import io.kiln.domain.Actor;

/**
 * Whether the viewer may read the history of a resource: admins and auditors read every history, users that of the
 * projects they belong to (and of resources inside them). Answers the aggregate type, or refuses.
 */
public record HistoryAccessQuery(Actor viewer, String resourceType, String resourceId) {}
