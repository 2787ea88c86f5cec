package io.kiln.domain.job;

import io.kiln.domain.Actor;

public record FindJobRunQuery(String runId, Actor viewer) {}
