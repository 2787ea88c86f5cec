package io.kiln.domain.model;

import io.kiln.domain.Actor;

/** Versions of a model, newest first; live as a subscription query. */
public record ListModelVersionsQuery(String modelId, Actor viewer, int pageSize, String pageToken) {}
