package io.kiln.domain.session;

import io.kiln.domain.Actor;

/** Sessions of a project, newest first; as a subscription query, every change to one of them follows. */
public record ListSessionsQuery(String projectId, Actor viewer, int pageSize, String pageToken) {}
