package io.kiln.command.job;

import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobTrigger;

/** What a job's runs start from, as the job holds it now. */
record JobFacts(String jobId, String projectId, String ownerId, String name, JobDefinition definition,
                JobTrigger trigger) {}
