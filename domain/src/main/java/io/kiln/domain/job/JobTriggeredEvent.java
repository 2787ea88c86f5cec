package io.kiln.domain.job;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The job started run {@code runId}, or recorded it as skipped ({@code skipped} says why); under a {@code replace}
 * policy, {@code replacedRunIds} are being stopped.
 */
@Revision("1")
public record JobTriggeredEvent(String jobId, String runId, RunTrigger trigger, SkipReason skipped,
                                List<String> replacedRunIds) {}
