package io.kiln.domain.build;

import io.kiln.domain.Actor;

/** Builds of a project (or, with {@code modelId}, of one model), newest first; live as a subscription query. */
public record ListBuildsQuery(String projectId, String modelId, Actor viewer, int pageSize, String pageToken) {}
