package io.kiln.domain.deployment;

import io.kiln.domain.Actor;

/** Deployments of a model, newest first; as a subscription query, every change to one of them follows. */
public record ListDeploymentsQuery(String modelId, Actor viewer, int pageSize, String pageToken) {}
