package io.kiln.command.job;

import io.kiln.command.project.FakeProjectAccess;

import io.kiln.domain.job.JobRunScheduledEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** A JobRun fixture. Runs are created by their job; {@link Start} does what the job does, for the given phase. */
final class JobRunWorld {
  final AggregateTestFixture<JobRun> fixture = new AggregateTestFixture<>(JobRun.class);
  final TestClock clock = new TestClock(fixture::currentTime);
  final FakeProjectAccess projects = JobTestData.team();

  record Start(String runId, JobRunScheduledEvent started) {}

  JobRunWorld() {
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(clock);
    fixture.registerAnnotatedCommandHandler(this);
    fixture.registerAnnotatedCommandHandler(new DeadlineSender());
  }

  @CommandHandler
  void handle(Start command, DeadlineManager deadlines) throws Exception {
    fixture.getRepository().newInstance(() -> new JobRun(command.started(), deadlines, clock));
  }
}
