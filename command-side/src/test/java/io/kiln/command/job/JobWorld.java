package io.kiln.command.job;

import io.kiln.command.project.FakeProjectAccess;

import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * A Job fixture and the lookups around it, which each test may change before its given phase. It delivers the job's
 * deadlines only; those of the runs a job starts are the runs' business (see the JobRun tests).
 */
final class JobWorld {
  final AggregateTestFixture<Job> fixture = new AggregateTestFixture<>(Job.class);
  final TestClock clock = new TestClock(fixture::currentTime);
  final FakeProjectAccess projects = JobTestData.team();
  final FakeCatalog catalog = JobTestData.catalog();
  final FakeJobGraph graph = new FakeJobGraph();
  final FakeActiveJobRuns active = new FakeActiveJobRuns();
  final FakeQuotaLedger quotas = new FakeQuotaLedger();

  JobWorld() {
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog);
    fixture.registerInjectableResource(graph);
    fixture.registerInjectableResource(active);
    fixture.registerInjectableResource(new JobSettings(Duration.ofHours(24), Duration.ofDays(7)));
    fixture.registerInjectableResource(new RunLauncher(catalog, quotas, active, clock));
    fixture.registerAnnotatedCommandHandler(new DeadlineSender());
    fixture.registerDeadlineHandlerInterceptor((unitOfWork, chain) ->
        unitOfWork.getMessage().getDeadlineName().startsWith("job-run-") ? unitOfWork.getMessage() : chain.proceed());
  }
}
