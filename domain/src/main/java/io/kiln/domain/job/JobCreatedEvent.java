package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** A job was defined; its runs will be started by its trigger or by people. */
@Revision("1")
public record JobCreatedEvent(String jobId, String projectId, String ownerId, String name, JobDefinition definition,
                              JobTrigger trigger, JobNotifications notifications) {}
