package io.kiln.domain.job;

import io.kiln.domain.Actor;

public record FindJobQuery(String jobId, Actor viewer) {}
