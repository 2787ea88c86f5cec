package io.kiln.domain.session;

/** Why a session was asked to stop. */
public enum SessionStopReason {
  USER,
  IDLE_TIMEOUT,
  MAX_DURATION
}
