package io.kiln.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static List<Instant> firings(String expression, ZoneId zone, String after, int count) {
    CronSchedule schedule = CronSchedule.parse(expression);
    List<Instant> found = new ArrayList<>();
    Instant t = at(after);
    for (int i = 0; i < count; i++) {
      t = schedule.next(t, zone);
      found.add(t);
    }
    return found;
  }

  @Nested
  class Fields {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "* * * * *              | 2026-01-05T10:00:30Z | 2026-01-05T10:01:00Z",
        "* * * * *              | 2026-01-05T10:01:00Z | 2026-01-05T10:02:00Z",
        "*/15 * * * *           | 2026-01-05T10:01:00Z | 2026-01-05T10:15:00Z",
        "0 9 * * MON-FRI        | 2026-01-09T09:00:00Z | 2026-01-12T09:00:00Z",
        "0 9 * * mon-fri        | 2026-01-10T12:00:00Z | 2026-01-12T09:00:00Z",
        "0 0 1 JAN *            | 2026-01-01T00:00:00Z | 2027-01-01T00:00:00Z",
        "0,30 8-10 * * *        | 2026-01-05T10:30:00Z | 2026-01-06T08:00:00Z",
        "10-50/20 * * * *       | 2026-01-05T10:30:00Z | 2026-01-05T10:50:00Z",
        "5/20 * * * *           | 2026-01-05T10:26:00Z | 2026-01-05T10:45:00Z",
        "0 0 * * 7              | 2026-01-05T00:00:00Z | 2026-01-11T00:00:00Z",
        "0 0 * * 0              | 2026-01-05T00:00:00Z | 2026-01-11T00:00:00Z",
        "0 0 * * SUN            | 2026-01-05T00:00:00Z | 2026-01-11T00:00:00Z",
        "0 0 29 2 *             | 2025-03-01T00:00:00Z | 2028-02-29T00:00:00Z",
        "0 12 31 * *            | 2026-04-01T00:00:00Z | 2026-05-31T12:00:00Z",
        "0 0 1 */3 *            | 2026-02-01T00:00:00Z | 2026-04-01T00:00:00Z",
        "@hourly                | 2026-01-05T10:00:00Z | 2026-01-05T11:00:00Z",
        "@daily                 | 2026-01-05T10:00:00Z | 2026-01-06T00:00:00Z",
        "@weekly                | 2026-01-05T10:00:00Z | 2026-01-11T00:00:00Z",
        "@monthly               | 2026-01-05T10:00:00Z | 2026-02-01T00:00:00Z",
        "@yearly                | 2026-01-05T10:00:00Z | 2027-01-01T00:00:00Z",
        "  0   6 * * *          | 2026-01-05T10:00:00Z | 2026-01-06T06:00:00Z"})
    void nextFiringInUtc(String expression, String after, String expected) {
      assertThat(CronSchedule.parse(expression).next(at(after), UTC)).isEqualTo(at(expected));
    }

    @Test
    void bothDayFieldsRestrictedMeansEitherDay() {
      // Friday the 13th style: the 13th of any month, or any Friday
      assertThat(firings("0 0 13 * FRI", UTC, "2026-02-01T00:00:00Z", 3)).containsExactly(
          at("2026-02-06T00:00:00Z"), at("2026-02-13T00:00:00Z"), at("2026-02-20T00:00:00Z"));
    }

    @Test
    void aStarredDayFieldMeansBothMustMatch() {
      // every other day of the month that is also a Monday (Vixie's rule: '*/2' counts as unrestricted)
      assertThat(firings("0 0 */2 * MON", UTC, "2026-02-01T00:00:00Z", 2)).containsExactly(
          at("2026-02-09T00:00:00Z"), at("2026-02-23T00:00:00Z"));
    }

    @Test
    void keepsTheExpressionAsWritten() {
      assertThat(CronSchedule.parse(" 0 9 * * MON-FRI ").expression()).isEqualTo("0 9 * * MON-FRI");
      assertThat(CronSchedule.parse("0 9 * * 1")).isEqualTo(CronSchedule.parse("0 9 * * 1"));
    }
  }

  @Nested
  class Malformed {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "* * * *", "* * * * * *", "60 * * * *", "* 24 * * *", "* * 0 * *",
        "* * 32 * *", "* * * 0 *", "* * * 13 *", "* * * * 8", "*/0 * * * *", "5-1 * * * *", "a * * * *",
        "FOO * * * *", "* * * JANUARY *", "1,,2 * * * *", "1, * * * *", "-1 * * * *", "1-2-3 * * * *",
        "*/x * * * *", "0 0 30 2 *", "0 0 31 4,6,9,11 *", "@reboot", "@every 5m", "? * * * *", "0 0 L * *",
        "99999 * * * *", "* * * * MON#2"})
    void isRefused(String expression) {
      assertThatThrownBy(() -> CronSchedule.parse(expression)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("null");
    }

    @Test
    void refusesNull() {
      assertThatThrownBy(() -> CronSchedule.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesVeryLongExpressions() {
      assertThatThrownBy(() -> CronSchedule.parse("1," .repeat(100) + "2 * * * *"))
          .hasMessageContaining("at most");
    }

    @Test
    void namesWhatIsWrong() {
      assertThatThrownBy(() -> CronSchedule.parse("0 25 * * *")).hasMessageContaining("hour")
          .hasMessageContaining("25");
      assertThatThrownBy(() -> CronSchedule.parse("0 0 30 2 *")).hasMessageContaining("never fires");
    }
  }

  @Nested
  class TimeZones {
    @Test
    void firesAtLocalTimeOfTheZone() {
      // 09:00 in New York: 14:00 UTC in winter, 13:00 UTC in summer
      assertThat(CronSchedule.parse("0 9 * * *").next(at("2026-01-05T00:00:00Z"), ZoneId.of("America/New_York")))
          .isEqualTo(at("2026-01-05T14:00:00Z"));
      assertThat(CronSchedule.parse("0 9 * * *").next(at("2026-07-05T00:00:00Z"), ZoneId.of("America/New_York")))
          .isEqualTo(at("2026-07-05T13:00:00Z"));
    }

    @Test
    void aTimeTheSpringChangeSkipsFiresAfterTheChangeOnce() {
      // Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist that day
      assertThat(firings("30 2 * * *", BERLIN, "2026-03-28T12:00:00Z", 3)).containsExactly(
          at("2026-03-29T01:30:00Z"), at("2026-03-30T00:30:00Z"), at("2026-03-31T00:30:00Z"));
    }

    @Test
    void periodicSchedulesContinueAcrossTheSpringChangeWithoutDoubles() {
      assertThat(firings("*/30 * * * *", BERLIN, "2026-03-29T00:15:00Z", 4)).containsExactly(
          at("2026-03-29T00:30:00Z"), at("2026-03-29T01:00:00Z"), at("2026-03-29T01:30:00Z"),
          at("2026-03-29T02:00:00Z"));
    }

    @Test
    void aTimeTheAutumnChangeRepeatsFiresOnce() {
      // Berlin, 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice, the job runs once
      assertThat(firings("30 2 * * *", BERLIN, "2026-10-24T12:00:00Z", 2)).containsExactly(
          at("2026-10-25T00:30:00Z"), at("2026-10-26T01:30:00Z"));
    }

    @Test
    void startingInsideTheRepeatedHourDoesNotRunAnEarlierTimeAgain() {
      // 01:40 UTC is 02:40 CET, the second pass: 02:30 already fired in the first pass
      assertThat(CronSchedule.parse("30 2 * * *").next(at("2026-10-25T01:40:00Z"), BERLIN))
          .isEqualTo(at("2026-10-26T01:30:00Z"));
      assertThat(CronSchedule.parse("*/30 * * * *").next(at("2026-10-25T01:40:00Z"), BERLIN))
          .isEqualTo(at("2026-10-25T02:00:00Z"));
    }

    @Test
    void aHalfHourGapNeverPutsFiringsOutOfOrder() {
      // Lord Howe Island, 2026-10-04: 02:00 jumps to 02:30; 02:20 does not exist, 02:40 does and comes first
      ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
      Instant first = CronSchedule.parse("20,40 2 * * *").next(at("2026-10-03T14:00:00Z"), lordHowe);
      assertThat(first.atZone(lordHowe).toLocalTime()).hasToString("02:40");
    }
  }
}
