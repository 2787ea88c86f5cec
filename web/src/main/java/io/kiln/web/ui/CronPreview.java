package io.kiln.web.ui;

import io.kiln.domain.job.CronSchedule;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The next firings of a cron expression in a zone, as a person reads them; or why there are none. */
public record CronPreview(List<String> firings, String problem) {
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (zzz)", Locale.ENGLISH);

  public static CronPreview of(String cron, String timeZone, Instant now, int count) {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip());
    } catch (DateTimeException e) {
      return new CronPreview(List.of(), "Time zone: unknown zone " + timeZone);
    }
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(cron);
    } catch (IllegalArgumentException e) {
      return new CronPreview(List.of(), "Cron expression: " + e.getMessage());
    }
    List<String> firings = new ArrayList<>();
    Instant after = now;
    for (int i = 0; i < count; i++) {
      Instant next = schedule.next(after, zone);
      if (next == null) {
        break;
      }
      firings.add(READABLE.format(next.atZone(zone)));
      after = next;
    }
    return new CronPreview(firings, null);
  }
}
