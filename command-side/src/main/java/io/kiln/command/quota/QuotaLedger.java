package io.kiln.command.quota;

import io.kiln.domain.workload.Resources;

/**
 * What each user's workloads hold against their quota. {@link #reserve} checks a start and holds the user's turn
 * until the starting command commits, so two starts racing for the last of a quota cannot both win.
 */
public interface QuotaLedger {
  void reserve(String userId, Resources requested);
}
