package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let a paused job run again; a schedule resumes from now, with no catch-up for the time it was paused. */
public record ResumeJobCommand(@TargetAggregateIdentifier JobId jobId) {}
