package io.kiln.web.api.logs;

/**
 * One thing a followed log says: whether it is {@link Kind#LIVE} (followed as the workload writes it) or
 * {@link Kind#KEPT} (the log kept when the workload ended), then each {@link Kind#LINE}, then its {@link Kind#END}.
 */
public record LogEntry(Kind kind, String text) {
  public enum Kind { LIVE, KEPT, LINE, END }

  static LogEntry of(Kind kind) {
    return new LogEntry(kind, "");
  }
}
