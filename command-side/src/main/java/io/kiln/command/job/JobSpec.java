package io.kiln.command.job;

import io.kiln.command.catalog.Catalog;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobNotifications;
import io.kiln.domain.job.JobRules;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.UpdateJobCommand;
import io.kiln.domain.workload.WorkloadNames;

/**
 * Everything a job is defined with, checked as a whole: a name unique in the project, what runs execute, a trigger
 * whose parents exist and close no cycle, notifications. One bad part refuses all.
 */
record JobSpec(String name, JobDefinition definition, JobTrigger trigger, JobNotifications notifications) {

  static JobSpec defined(CreateJobCommand command, Catalog catalog, JobGraph graph, JobSettings settings) {
    WorkloadNames.check("name", command.name(), true);
    var spec = new JobSpec(command.name(), JobDefinitions.of(command, command.projectId(), catalog, settings),
        JobRules.trigger(command.trigger()), JobRules.notifications(command.notifications()));
    spec.checkAgainst(null, command.projectId(), command.jobId().value(), graph);
    return spec;
  }

  JobSpec changedBy(UpdateJobCommand command, String projectId, Catalog catalog, JobGraph graph,
                    JobSettings settings) {
    String renamed = command.name() == null ? name : command.name();
    WorkloadNames.check("name", renamed, true);
    var spec = new JobSpec(renamed, JobDefinitions.changed(definition, command, projectId, catalog, settings),
        command.trigger() == null ? trigger : JobRules.trigger(command.trigger()),
        command.notifications() == null ? notifications : JobRules.notifications(command.notifications()));
    spec.checkAgainst(this, projectId, command.jobId().value(), graph);
    return spec;
  }

  private void checkAgainst(JobSpec current, String projectId, String jobId, JobGraph graph) {
    if ((current == null || !name.equals(current.name)) && graph.nameTaken(projectId, name, jobId)) {
      throw new KilnException(ErrorCode.JOB_NAME_TAKEN, "This project already has a job named " + name);
    }
    if (current == null || !trigger.equals(current.trigger)) {
      JobDependencies.check(graph, projectId, jobId, trigger);
    }
  }
}
