package io.kiln.domain.application;

import io.kiln.domain.Actor;

public record FindApplicationQuery(String applicationId, Actor viewer) {}
