package io.kiln.domain.model;

import io.kiln.domain.Actor;

public record FindModelVersionQuery(String modelId, int number, Actor viewer) {}
