package io.kiln.domain.history;

import io.kiln.domain.Actor;

/** The stored events of one aggregate, oldest first, if the viewer may read its history. */
public record ResourceHistoryQuery(Actor viewer, String resourceType, String resourceId, int pageSize,
                                   String pageToken) {}
