package io.kiln.domain.session;

import io.kiln.domain.Actor;

public record FindSessionQuery(String sessionId, Actor viewer) {}
