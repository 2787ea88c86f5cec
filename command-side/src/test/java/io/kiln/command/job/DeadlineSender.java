package io.kiln.command.job;

import java.time.Duration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;

/**
 * Test-only: schedules a deadline for a job or a run, as the dependency process and jobs do in production, so that a
 * fixture's given phase can hold one.
 */
final class DeadlineSender {
  record ToJob(String jobId, String name, Object payload) {}

  record ToRun(String runId, String name, Object payload) {}

  @CommandHandler
  void handle(ToJob command, DeadlineManager deadlines) {
    deadlines.schedule(Duration.ZERO, command.name(), command.payload(), JobDeadlines.job(command.jobId()));
  }

  @CommandHandler
  void handle(ToRun command, DeadlineManager deadlines) {
    deadlines.schedule(Duration.ZERO, command.name(), command.payload(), JobDeadlines.run(command.runId()));
  }
}
