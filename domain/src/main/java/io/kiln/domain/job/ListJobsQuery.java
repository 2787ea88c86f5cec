package io.kiln.domain.job;

import io.kiln.domain.Actor;

/** Jobs of a project by name; as a subscription query, every change to one of them follows. */
public record ListJobsQuery(String projectId, Actor viewer, int pageSize, String pageToken) {}
