package io.kiln.domain.model;

import io.kiln.domain.Actor;

/** Models of a project by name; as a subscription query, every change to one of them follows. */
public record ListModelsQuery(String projectId, Actor viewer, int pageSize, String pageToken) {}
