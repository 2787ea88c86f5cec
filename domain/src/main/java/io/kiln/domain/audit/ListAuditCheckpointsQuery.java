package io.kiln.domain.audit;

import io.kiln.domain.Actor;

/** Checkpoints newest first. */
public record ListAuditCheckpointsQuery(Actor viewer, int pageSize, String pageToken) {}
