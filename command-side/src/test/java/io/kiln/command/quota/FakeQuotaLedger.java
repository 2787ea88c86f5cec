package io.kiln.command.quota;

import io.kiln.domain.KilnException;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.QuotaRefusals;
import io.kiln.domain.workload.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory {@link QuotaLedger}: limits per user (else the default), the workloads that hold resources, and the
 * same refusal as the real ledger. It records every reservation it granted.
 */
public class FakeQuotaLedger implements QuotaLedger {
  private QuotaLimits defaults = QuotaLimits.WORKSPACE_DEFAULT;
  private final Map<String, QuotaLimits> limits = new HashMap<>();
  private final Map<String, Holding> holdings = new LinkedHashMap<>();
  private final List<Reservation> granted = new ArrayList<>();

  public record Reservation(String userId, Resources resources) {}

  private record Holding(String userId, Resources resources) {}

  public FakeQuotaLedger defaults(QuotaLimits limits) {
    defaults = limits;
    return this;
  }

  public FakeQuotaLedger limit(String userId, QuotaLimits limit) {
    limits.put(userId, limit);
    return this;
  }

  public FakeQuotaLedger hold(String workloadId, String userId, Resources resources) {
    holdings.put(workloadId, new Holding(userId, resources));
    return this;
  }

  public FakeQuotaLedger release(String workloadId) {
    holdings.remove(workloadId);
    return this;
  }

  public List<Reservation> granted() {
    return List.copyOf(granted);
  }

  @Override
  public void reserve(String userId, Resources requested) {
    QuotaLimits used = holdings.values().stream().filter(h -> h.userId().equals(userId))
        .map(Holding::resources).reduce(Resources.NONE, Resources::plus).asLimits();
    KilnException refusal = QuotaRefusals.check(requested, used, limits.getOrDefault(userId, defaults));
    if (refusal != null) {
      throw refusal;
    }
    granted.add(new Reservation(userId, requested));
  }
}
