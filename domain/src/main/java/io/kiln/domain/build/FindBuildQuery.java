package io.kiln.domain.build;

import io.kiln.domain.Actor;

public record FindBuildQuery(String buildId, Actor viewer) {}
