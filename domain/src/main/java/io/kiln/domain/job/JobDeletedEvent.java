package io.kiln.domain.job;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A job was deleted; {@code stoppedRunIds} were active and are being stopped. */
@Revision("1")
public record JobDeletedEvent(String jobId, String projectId, List<String> stoppedRunIds) {}
