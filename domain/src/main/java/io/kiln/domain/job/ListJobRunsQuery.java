package io.kiln.domain.job;

import io.kiln.domain.Actor;

/** Runs of a job, newest first; as a subscription query, every change to one of them follows. */
public record ListJobRunsQuery(String jobId, Actor viewer, int pageSize, String pageToken) {}
