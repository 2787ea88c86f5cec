package io.kiln.domain.project;

import io.kiln.domain.Actor;

/** Projects the viewer may see, by name, optionally those whose name contains {@code search}. */
public record ListProjectsQuery(Actor viewer, String search, int pageSize, String pageToken) {}
