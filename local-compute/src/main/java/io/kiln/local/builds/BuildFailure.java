package io.kiln.local.builds;

/** A local build that cannot succeed: its reason and the end of its log. */
class BuildFailure extends Exception {
  private final String logTail;
  private final boolean timedOut;

  BuildFailure(String reason, String logTail, boolean timedOut) {
    super(reason);
    this.logTail = logTail;
    this.timedOut = timedOut;
  }

  String logTail() {
    return logTail;
  }

  boolean timedOut() {
    return timedOut;
  }
}
