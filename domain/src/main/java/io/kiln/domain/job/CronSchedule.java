package io.kiln.domain.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A classic 5-field cron expression ({@code minute hour day-of-month month day-of-week}) with lists, ranges, steps,
 * month and weekday names, and the {@code @hourly}-style macros. Times are local wall-clock times of a zone: a time
 * that a daylight-saving change skips fires at the same distance after the change (02:30 becomes 03:30); a time that
 * occurs twice fires once, at its first occurrence. When both day fields are restricted, a day matches either (as in
 * Vixie cron).
 */
public final class CronSchedule {
  public static final int MAX_LENGTH = 200;
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Map<String, String> MACROS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
      "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
      "@hourly", "0 * * * *");
  /** Every expression that fires at all fires within 28 years (the calendar's cycle of weekdays and leap days). */
  private static final int HORIZON_YEARS = 28;

  private final String expression;
  private final CronField minutes;
  private final CronField hours;
  private final CronField daysOfMonth;
  private final CronField months;
  private final CronField daysOfWeek;

  private CronSchedule(String expression, String[] fields) {
    this.expression = expression;
    this.minutes = CronField.parse("minute", fields[0], 0, 59, null);
    this.hours = CronField.parse("hour", fields[1], 0, 23, null);
    this.daysOfMonth = CronField.parse("day of month", fields[2], 1, 31, null);
    this.months = CronField.parse("month", fields[3], 1, 12, MONTHS);
    this.daysOfWeek = CronField.parse("day of week", fields[4], 0, 7, DAYS).sundayIsZero();
  }

  /** Parses an expression; refuses, with a message naming what is wrong, one that is malformed or never fires. */
  public static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String trimmed = expression.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
    }
    String expanded = MACROS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    String[] fields = expanded.split("[ \\t]+");
    if (expanded.startsWith("@") || fields.length != 5) {
      throw new IllegalArgumentException("must have 5 fields (minute hour day-of-month month day-of-week) or be "
          + "one of @yearly, @monthly, @weekly, @daily, @hourly");
    }
    CronSchedule schedule = new CronSchedule(trimmed, fields);
    if (schedule.next(Instant.EPOCH, ZoneOffset.UTC) == null) {
      throw new IllegalArgumentException("never fires (no such date)");
    }
    return schedule;
  }

  public String expression() {
    return expression;
  }

  /** The first firing strictly after {@code after}, or {@code null} if there is none within the horizon. */
  public Instant next(Instant after, ZoneId zone) {
    ZonedDateTime from = after.atZone(zone);
    LocalDateTime candidate = from.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDateTime limit = candidate.plusYears(HORIZON_YEARS);
    while (true) {
      LocalDateTime local = nextLocal(candidate, limit);
      if (local == null) {
        return null;
      }
      var rules = zone.getRules();
      List<ZoneOffset> offsets = rules.getValidOffsets(local);
      if (offsets.isEmpty()) {
        return inGap(local, rules.getTransition(local), zone, limit);
      }
      Instant earliest = offsets.stream().map(local::toInstant).min(Instant::compareTo).orElseThrow();
      if (earliest.isAfter(after)) {
        return earliest;
      }
      candidate = local.plusMinutes(1);
    }
  }

  /** A time in a gap fires shifted by the gap's length, unless a time after the gap fires earlier. */
  private Instant inGap(LocalDateTime local, ZoneOffsetTransition gap, ZoneId zone, LocalDateTime limit) {
    Instant shifted = ZonedDateTime.ofLocal(local, zone, null).toInstant();
    LocalDateTime afterGap = nextLocal(gap.getDateTimeAfter(), limit);
    if (afterGap == null) {
      return shifted;
    }
    Instant other = ZonedDateTime.ofLocal(afterGap, zone, gap.getOffsetAfter()).toInstant();
    return other.isBefore(shifted) ? other : shifted;
  }

  /** The first local time at or after {@code from} that the fields allow, skipping whole months, days, hours. */
  private LocalDateTime nextLocal(LocalDateTime from, LocalDateTime limit) {
    LocalDateTime t = from;
    while (!t.isAfter(limit)) {
      if (!months.matches(t.getMonthValue())) {
        t = t.withDayOfMonth(1).toLocalDate().atStartOfDay().plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.toLocalDate().atStartOfDay().plusDays(1);
      } else if (!hours.matches(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.matches(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t;
      }
    }
    return null;
  }

  private boolean dayMatches(LocalDateTime t) {
    boolean dom = daysOfMonth.matches(t.getDayOfMonth());
    boolean dow = daysOfWeek.matches(t.getDayOfWeek().getValue() % 7);
    if (daysOfMonth.star() || daysOfWeek.star()) {
      return dom && dow;
    }
    return dom || dow;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronSchedule c && c.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression);
  }

  @Override
  public String toString() {
    return expression;
  }
}
