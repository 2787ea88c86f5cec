package io.kiln.domain.application;

import io.kiln.domain.Actor;

/** Applications of a project by name; as a subscription query, every change to one of them follows. */
public record ListApplicationsQuery(String projectId, Actor viewer, int pageSize, String pageToken) {}
