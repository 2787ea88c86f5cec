package io.kiln.local.workload;

import java.util.List;
import java.util.Map;

/**
 * What to run: a project's {@code script} (or, for an editor, the runtime's editor command) with the runtime's local
 * command, its arguments and environment, within {@code memoryMiB} and {@code timeoutSeconds} (0: no limit).
 * {@code attempt} and {@code replica} name the log; {@code userId} is whose it is. {@code command}, when set, is run as given.
 */
public record WorkloadSpec(String projectId, String runtimeId, String editor, String script, List<String> arguments,
                           Map<String, String> environment, long memoryMiB, long timeoutSeconds, Integer attempt,
                           Integer replica, List<String> command, String workingDirectory,
                           String userId) {

  public WorkloadSpec withAttempt(int next) {
    return new WorkloadSpec(projectId, runtimeId, editor, script, arguments, environment, memoryMiB, timeoutSeconds,
        next, replica, command, workingDirectory, userId);
  }
}
