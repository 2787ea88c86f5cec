package io.kiln.command.job;

import static io.kiln.command.job.JobTestData.*;

import io.kiln.command.Actors;
import io.kiln.domain.job.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class JobMechanicsProbeTest {
  @Test
  void probe() {
    var fixture = new AggregateTestFixture<>(Job.class);
    TestClock clock = new TestClock(fixture::currentTime);
    fixture.registerInjectableResource(team());
    fixture.registerInjectableResource(catalog());
    fixture.registerInjectableResource(new FakeJobGraph());
    fixture.registerInjectableResource(new JobSettings(Duration.ofHours(24), Duration.ofDays(7)));
    fixture.registerInjectableResource(new RunLauncher(catalog(), new FakeQuotaLedger(), new FakeActiveJobRuns(), clock));
    fixture.givenCurrentTime(Instant.parse("2026-01-05T10:20:00Z"))
        .andGiven(created(JobTrigger.MANUAL))
        .when(new RunJobCommand(JOB_ID, new JobRunId(RUN)), Actors.user(OPERATOR))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new JobTriggeredEvent(JOB, RUN, RunTrigger.manual(OPERATOR), null, List.of()),
            scheduled(RUN, RunTrigger.manual(OPERATOR), DEFINITION))
        .expectResultMessagePayload(RUN)
        .expectScheduledDeadlineWithName(Duration.ofSeconds(3600), JobRun.TIMEOUT);
  }

  @Test
  void cronProbe() {
    var fixture = new AggregateTestFixture<>(Job.class);
    TestClock clock = new TestClock(fixture::currentTime);
    fixture.registerInjectableResource(team());
    fixture.registerInjectableResource(catalog());
    fixture.registerInjectableResource(new FakeJobGraph());
    fixture.registerInjectableResource(new JobSettings(Duration.ofHours(24), Duration.ofDays(7)));
    fixture.registerInjectableResource(new RunLauncher(catalog(), new FakeQuotaLedger(), new FakeActiveJobRuns(), clock));
    fixture.givenCurrentTime(Instant.parse("2026-01-05T10:20:00Z"))
        .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)))
        .whenTimeElapses(Duration.ofMinutes(45))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new JobTriggeredEvent(JOB, RunIds.scheduled(JOB, Instant.parse("2026-01-05T11:00:00Z")),
                RunTrigger.schedule(Instant.parse("2026-01-05T11:00:00Z")), null, List.of()),
            scheduled(RunIds.scheduled(JOB, Instant.parse("2026-01-05T11:00:00Z")),
                RunTrigger.schedule(Instant.parse("2026-01-05T11:00:00Z")), DEFINITION))
        .expectScheduledDeadline(Instant.parse("2026-01-05T12:00:00Z"),
            new CronTick(0, Instant.parse("2026-01-05T12:00:00Z")));
  }
}
