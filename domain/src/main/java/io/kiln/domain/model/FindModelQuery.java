package io.kiln.domain.model;

import io.kiln.domain.Actor;

public record FindModelQuery(String modelId, Actor viewer) {}
