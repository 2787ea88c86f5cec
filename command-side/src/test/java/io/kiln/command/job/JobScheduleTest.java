package io.kiln.command.job;

import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.HOURLY;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.JOB_ID;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.SMALL;
import static io.kiln.command.job.JobTestData.create;
import static io.kiln.command.job.JobTestData.scheduled;

import io.kiln.command.Actors;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.PauseJobCommand;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.job.UpdateJobCommand;
import io.kiln.domain.quota.QuotaLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cron process: a job's schedule fires through persistent deadlines, in simulated time. */
class JobScheduleTest {
  private static final Instant MONDAY_0120 = Instant.parse("2026-01-05T01:20:00Z");
  private final JobWorld world = new JobWorld();

  private static Object[] firedFor(String... times) {
    List<Object> events = new ArrayList<>();
    for (String time : times) {
      Instant at = Instant.parse(time);
      RunTrigger trigger = RunTrigger.schedule(at);
      String runId = RunIds.scheduled(JOB, at);
      events.add(new JobTriggeredEvent(JOB, runId, trigger, null, List.of()));
      events.add(scheduled(runId, trigger, DEFINITION));
    }
    return events.toArray();
  }

  private static CronTick tick(String at) {
    return new CronTick(0, Instant.parse(at));
  }

  @Nested
  class Firing {
    @Test
    void anHourlyJobRunsEveryHourWhileKilnIsUp() {
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)))
          .whenTimeElapses(Duration.ofHours(3))
          .expectEvents(firedFor("2026-01-05T02:00:00Z", "2026-01-05T03:00:00Z", "2026-01-05T04:00:00Z"))
          .expectScheduledDeadline(Instant.parse("2026-01-05T05:00:00Z"), tick("2026-01-05T05:00:00Z"));
    }

    @Test
    void aScheduleFiresAtTheLocalTimeOfItsZone() {
      JobTrigger berlin = JobTrigger.cron("0 9 * * MON-FRI", "Europe/Berlin", ConcurrencyPolicy.ALLOW);
      world.fixture.givenCurrentTime(Instant.parse("2026-01-09T09:00:00Z"))
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(berlin)))
          .whenTimeElapses(Duration.ofDays(3))
          .expectEvents(firedFor("2026-01-12T08:00:00Z"))
          .expectScheduledDeadline(Instant.parse("2026-01-13T08:00:00Z"), tick("2026-01-13T08:00:00Z"));
    }

    @Test
    void aPausedJobsScheduleDoesNotFire() {
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)),
              Sent.by(Actors.user(OWNER), new PauseJobCommand(JOB_ID)))
          .whenTimeElapses(Duration.ofHours(5))
          .expectNoEvents()
          .expectNoScheduledDeadlines();
    }

    @Test
    void aTickOfAnEarlierScheduleIsIgnored() {
      var everyHalfHour = new UpdateJobCommand(JOB_ID, null, null, null, null, null, null, null, null,
          JobTrigger.cron("30 * * * *", "UTC", ConcurrencyPolicy.ALLOW), null, null);
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)), Sent.by(Actors.user(OWNER), everyHalfHour),
              new DeadlineSender.ToJob(JOB, JobDeadlines.CRON, tick("2026-01-05T02:00:00Z")))
          .whenTimeElapses(Duration.ofMinutes(5))
          .expectNoEvents()
          .expectTriggeredDeadlinesWithName(JobDeadlines.CRON);
    }
  }

  @Nested
  class AfterDowntime {
    @Test
    void aScheduleThatShouldHaveFiredWhileKilnWasDownFiresOnceWhenItIsBack() {
      // created at 01:20, down from 01:45 to 07:30: the 02:00 deadline is delivered at 07:30
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)));
      world.clock.wallClockAt(Instant.parse("2026-01-05T07:30:00Z"));
      world.fixture.whenTimeAdvancesTo(Instant.parse("2026-01-05T07:30:00Z"))
          .expectEvents(firedFor("2026-01-05T02:00:00Z"))
          .expectScheduledDeadline(Instant.parse("2026-01-05T08:00:00Z"), tick("2026-01-05T08:00:00Z"))
          .expectNoScheduledDeadline(Instant.parse("2026-01-05T03:00:00Z"), tick("2026-01-05T03:00:00Z"));
    }

    @Test
    void withoutDowntimeTheSameHoursEachHaveTheirRun() {
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)))
          .whenTimeAdvancesTo(Instant.parse("2026-01-05T07:30:00Z"))
          .expectEvents(firedFor("2026-01-05T02:00:00Z", "2026-01-05T03:00:00Z", "2026-01-05T04:00:00Z",
              "2026-01-05T05:00:00Z", "2026-01-05T06:00:00Z", "2026-01-05T07:00:00Z"));
    }

    @Test
    void aTickDeliveredTwiceStartsOneRun() {
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)),
              new DeadlineSender.ToJob(JOB, JobDeadlines.CRON, tick("2026-01-05T02:00:00Z")))
          .whenTimeAdvancesTo(Instant.parse("2026-01-05T02:30:00Z"))
          .expectEvents(firedFor("2026-01-05T02:00:00Z"))
          .expectScheduledDeadline(Instant.parse("2026-01-05T03:00:00Z"), tick("2026-01-05T03:00:00Z"));
    }
  }

  @Nested
  class ConcurrencyPolicies {
    private static final String ACTIVE = "5c1c1d3e-0000-4000-8000-0000000000a0";

    @Test
    void forbidSkipsTheRunWhileAnotherIsActiveAndKeepsTheSchedule() {
      world.active.run(ACTIVE, SMALL);
      Instant two = Instant.parse("2026-01-05T02:00:00Z");
      String runId = RunIds.scheduled(JOB, two);
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER),
              create(JobTrigger.cron("0 * * * *", "UTC", ConcurrencyPolicy.FORBID))))
          .whenTimeElapses(Duration.ofHours(1))
          .expectEvents(new JobTriggeredEvent(JOB, runId, RunTrigger.schedule(two), SkipReason.CONCURRENCY_FORBID,
                  List.of()),
              new JobRunSkippedEvent(runId, JOB, PROJECT, OWNER, "Train", RunTrigger.schedule(two),
                  SkipReason.CONCURRENCY_FORBID, "Run " + ACTIVE + " of this job is still active and its policy "
                  + "is forbid"))
          .expectScheduledDeadline(Instant.parse("2026-01-05T03:00:00Z"), tick("2026-01-05T03:00:00Z"));
    }

    @Test
    void replaceStopsTheActiveRunAndStartsTheNewOne() {
      world.active.run(ACTIVE, SMALL);
      Instant two = Instant.parse("2026-01-05T02:00:00Z");
      String runId = RunIds.scheduled(JOB, two);
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER),
              create(JobTrigger.cron("0 * * * *", "UTC", ConcurrencyPolicy.REPLACE))))
          .whenTimeElapses(Duration.ofHours(1))
          .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
              org.axonframework.test.matchers.Matchers.exactSequenceOf(
                  org.hamcrest.Matchers.equalTo(new JobTriggeredEvent(JOB, runId, RunTrigger.schedule(two), null,
                      List.of(ACTIVE))),
                  org.hamcrest.Matchers.instanceOf(JobRunScheduledEvent.class),
                  org.axonframework.test.matchers.Matchers.andNoMore())))
          .expectTriggeredDeadlines(tick("2026-01-05T02:00:00Z"), new StopRun(StopReason.REPLACED));
    }

    @Test
    void anExhaustedQuotaSkipsTheScheduledRunAndSaysWhy() {
      world.quotas.limit(new QuotaLimits(1500, 65_536, 0), new QuotaLimits(1000, 0, 0));
      Instant two = Instant.parse("2026-01-05T02:00:00Z");
      String runId = RunIds.scheduled(JOB, two);
      world.fixture.givenCurrentTime(MONDAY_0120)
          .andGivenCommands(Sent.by(Actors.user(OWNER), create(HOURLY)))
          .whenTimeElapses(Duration.ofHours(1))
          .expectEvents(new JobTriggeredEvent(JOB, runId, RunTrigger.schedule(two), SkipReason.QUOTA_EXCEEDED,
                  List.of()),
              new JobRunSkippedEvent(runId, JOB, PROJECT, OWNER, "Train", RunTrigger.schedule(two),
                  SkipReason.QUOTA_EXCEEDED, "Over your CPU quota: asked 1000 millicores, using 1000 of 1500 "
                  + "millicores"));
    }
  }
}
