package io.kiln.domain.project;

import io.kiln.domain.Actor;

/** The project if it exists and the viewer may see it. */
public record FindProjectQuery(String projectId, Actor viewer) {}
