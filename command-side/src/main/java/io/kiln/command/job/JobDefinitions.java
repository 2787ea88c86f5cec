package io.kiln.command.job;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.CatalogEntries;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobRules;
import io.kiln.domain.job.UpdateJobCommand;
import io.kiln.domain.workload.EnvironmentRules;
import io.kiln.domain.workload.ScriptPaths;
import java.util.Map;
import java.util.Objects;

/** Checks what a job runs, as it is defined or changed, and fills in the defaults. */
final class JobDefinitions {
  private JobDefinitions() {}

  static JobDefinition of(CreateJobCommand c, String projectId, Catalog catalog, JobSettings settings) {
    ScriptPaths.check("script", c.script());
    JobDefinition definition = new JobDefinition(c.script(), JobRules.arguments(c.arguments()),
        environment(c.environment()), c.runtimeId(), c.profileId(),
        timeout(c.timeoutSeconds() == null ? settings.defaultTimeout().toSeconds() : c.timeoutSeconds(), settings),
        JobRules.retry(c.retry()));
    CatalogEntries.usableRuntime(catalog, definition.runtimeId(), projectId);
    CatalogEntries.activeProfile(catalog, definition.profileId());
    return definition;
  }

  static JobDefinition changed(JobDefinition current, UpdateJobCommand c, String projectId, Catalog catalog,
                               JobSettings settings) {
    if (c.script() != null) {
      ScriptPaths.check("script", c.script());
    }
    JobDefinition definition = new JobDefinition(or(c.script(), current.script()),
        c.arguments() == null ? current.arguments() : JobRules.arguments(c.arguments()),
        c.environment() == null ? current.environment() : environment(c.environment()),
        or(c.runtimeId(), current.runtimeId()), or(c.profileId(), current.profileId()),
        c.timeoutSeconds() == null ? current.timeoutSeconds() : timeout(c.timeoutSeconds(), settings),
        c.retry() == null ? current.retry() : JobRules.retry(c.retry()));
    if (!Objects.equals(definition.runtimeId(), current.runtimeId())) {
      CatalogEntries.usableRuntime(catalog, definition.runtimeId(), projectId);
    }
    if (!Objects.equals(definition.profileId(), current.profileId())) {
      CatalogEntries.activeProfile(catalog, definition.profileId());
    }
    return definition;
  }

  private static Map<String, String> environment(Map<String, String> environment) {
    EnvironmentRules.check("environment", environment);
    return environment == null ? Map.of() : Map.copyOf(environment);
  }

  private static long timeout(long seconds, JobSettings settings) {
    if (seconds < 1 || seconds > settings.maxTimeout().toSeconds()) {
      throw KilnException.invalid("timeoutSeconds", "must be between 1 and " + settings.maxTimeout().toSeconds());
    }
    return seconds;
  }

  private static <T> T or(T changed, T current) {
    return changed == null ? current : changed;
  }
}
