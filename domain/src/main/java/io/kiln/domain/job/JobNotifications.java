package io.kiln.domain.job;

import java.util.List;

/** Who is told of each outcome of a run (e-mail addresses). Kiln keeps them; delivery comes later. */
public record JobNotifications(List<String> succeeded, List<String> failed, List<String> timedOut,
                               List<String> stopped, List<String> skipped) {
  public static final JobNotifications NONE = new JobNotifications(List.of(), List.of(), List.of(), List.of(),
      List.of());
}
