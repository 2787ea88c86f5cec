package io.kiln.domain.webhook;

/** Where a delivery stands: waiting for (another) attempt, done, given up on after the last attempt, or dropped. */
public enum DeliveryStatus {
  PENDING,
  SUCCEEDED,
  PARKED,
  CANCELLED
}
